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
 * A name a reader can see: it has a letter, a digit, a punctuation mark or a symbol, not only spaces, invisible
 * characters (zero-width spaces and joiners, direction marks, fillers) or marks without a base. Null is valid:
 * {@code @NonNull} says when a value is required.
 */
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, TYPE_USE })
@Constraint(validatedBy = VisibleValidator.class)
public @interface Visible {

    String message() default "must have a visible character: a letter, a digit, a punctuation mark or a symbol";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
