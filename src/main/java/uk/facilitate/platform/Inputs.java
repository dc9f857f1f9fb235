package uk.facilitate.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import uk.facilitate.shared.InvalidInput;

/**
 * Checks an input record before anything is written: its Bean Validation constraints (the
 * {@link MaxLength} limits the database sets on text) and {@link AcceptedDates} on every date in it,
 * nested records and lists included. API bodies are checked as they are read and services check
 * what pages send, so over-long text or a year 10000 is a problem naming the field, never a
 * database error.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Throws {@link InvalidInput} naming every field that breaks a limit. */
    public static <T> T check(T input) {
        List<InvalidInput.Problem> problems = problems(input);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return input;
    }

    /** The problems with an input (empty when none), for services that add their own checks. */
    public static List<InvalidInput.Problem> problems(Object input) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (input == null) {
            return problems;
        }
        for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(input)) {
            problems.add(new InvalidInput.Problem(v.getPropertyPath().toString(), v.getMessage()));
        }
        dates(input, "", problems);
        problems.sort(Comparator.comparing(InvalidInput.Problem::field));
        return problems;
    }

    private static void dates(Object value, String path, List<InvalidInput.Problem> problems) {
        if (value instanceof LocalDate date) {
            AcceptedDates.problem(path, date).ifPresent(problems::add);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                dates(item, path + "[" + i++ + "]", problems);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    dates(component.getAccessor().invoke(value),
                            path.isEmpty() ? component.getName() : path + "." + component.getName(), problems);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
    }

    /** Built on first use: a validator is thread-safe and costly to build. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }
}
