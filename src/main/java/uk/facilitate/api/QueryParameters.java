package uk.facilitate.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.facilitate.platform.AcceptedDates;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.Today;

/**
 * Reads every typed query parameter of the API (numbers, yes/no, dates, periods, choices) the one
 * way: a value that is not of the type is a 400 problem+json naming the parameter and saying what
 * it takes, where JAX-RS on its own answers 404. Resources declare typed parameters and never parse
 * strings themselves.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    private static final Set<Class<?>> TYPES = Set.of(int.class, Integer.class, long.class, Long.class, boolean.class,
            Boolean.class, LocalDate.class, Period.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = annotations == null ? null : Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null || !(TYPES.contains(rawType) || rawType.isEnum())) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) read(rawType, name, value);
                } catch (InvalidInput invalid) {
                    // JAX-RS passes a WebApplicationException from a converter on as it is (anything else
                    // becomes a 404); Problems answers with the problem inside.
                    throw new BadRequestException(invalid);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The value of parameter {@code name} as {@code type}; {@code null} when blank; {@link InvalidInput} when not of the type. */
    static Object read(Class<?> type, String name, String value) {
        if (value == null || value.isBlank()) {
            if (type.isPrimitive()) {
                throw InvalidInput.of(name, "Give a value, or leave the parameter out");
            }
            return null;
        }
        String v = value.strip();
        if (type == int.class || type == Integer.class) {
            return whole(name, v, Integer::valueOf);
        }
        if (type == long.class || type == Long.class) {
            return whole(name, v, Long::valueOf);
        }
        if (type == boolean.class || type == Boolean.class) {
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw InvalidInput.of(name, "'" + v + "' is not true or false");
            };
        }
        if (type == LocalDate.class) {
            return date(name, v);
        }
        if (type == Period.class) {
            try {
                return Period.parse(v);
            } catch (DateTimeParseException e) {
                throw InvalidInput.of(name, "'" + v + "' is not a period: use ISO-8601, e.g. P30D or P1M");
            }
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(v)) {
                return constant;
            }
        }
        throw InvalidInput.of(name, "'" + v + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }

    /** A date parameter (ISO, within {@link AcceptedDates}); also for lists of dates a resource splits itself. */
    public static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2026-11-24");
        }
        AcceptedDates.problem(name, date).ifPresent(problem -> {
            throw new InvalidInput(java.util.List.of(problem));
        });
        return date;
    }

    /** A date parameter left out means today. */
    public static LocalDate orToday(LocalDate date, Today today) {
        return date == null ? today.date() : date;
    }

    private static <N> N whole(String name, String value, Function<String, N> parse) {
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + value + "' is not a whole number");
        }
    }
}
