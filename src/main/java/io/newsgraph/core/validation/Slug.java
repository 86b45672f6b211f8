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

/** A URL-friendly name as the database keeps slugs: lower-case letters and digits in words joined by hyphens. */
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size(max = Slug.MAX_LENGTH)
@ReportAsSingleViolation
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
@Constraint(validatedBy = {})
public @interface Slug {

    int MAX_LENGTH = 120;

    String message() default "must be lower-case letters and digits in words joined by hyphens, at most 120 characters,"
            + " such as 'sahel-security-2026'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
