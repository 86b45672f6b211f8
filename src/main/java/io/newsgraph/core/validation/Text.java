package io.newsgraph.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person wrote, kept exactly as written: at most {@link #max()} characters, counted as a reader counts them
 * (Unicode code points, so that an emoji is one), and nothing PostgreSQL cannot store (the NUL character, half of a
 * surrogate pair). Null is valid: {@code @NotBlank} says when a value is required.
 */
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, TYPE_USE })
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

    int max();

    String message() default "must be at most {max} characters, without NUL characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
