package uk.facilitate.platform;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@code value} characters: Bean Validation's {@link Size} with a maximum only, for the text
 * fields of input records, with the limit the database schema sets. It is {@code @Size} composed, not
 * {@code @Size} itself, so that it stays on the field: a record component's {@code @Size} also lands on
 * the record's constructor parameter, and Payara's OpenAPI generator fails on a {@code @Size}
 * parameter that is not a path parameter ({@code /openapi} answered 500).
 */
@Size
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MaxLength {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "{jakarta.validation.constraints.Size.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
