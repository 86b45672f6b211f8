package io.newsgraph.core.write;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A client's idempotency key: 16 to 100 letters, digits, hyphens or underscores, such as a random UUID. */
@Pattern(regexp = "[A-Za-z0-9_-]{16,100}")
@ReportAsSingleViolation
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
@Constraint(validatedBy = {})
public @interface IdempotencyKey {

    /** What the argument is for, as the schema describes it. */
    String DESCRIPTION = "A key of the client's choosing, new for each change, such as a random UUID. Sending the same"
            + " change again with the same key, after an answer that was lost or that says the outcome is unknown,"
            + " returns what the change did instead of doing it twice.";

    String message() default "must be 16 to 100 letters, digits, hyphens or underscores, such as a random UUID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
