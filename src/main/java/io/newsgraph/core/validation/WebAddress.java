package io.newsgraph.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An http or https address, as the database accepts them. Null is valid. */
@Pattern(regexp = "https?://\\S+")
@Size(max = 2048)
@ReportAsSingleViolation
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
@Constraint(validatedBy = {})
public @interface WebAddress {

    String message() default "must be an http or https address without spaces, at most 2048 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
