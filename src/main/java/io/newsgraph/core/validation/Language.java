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

import io.newsgraph.core.language.LanguageTag;

/** A BCP 47 language tag in the form the database keeps; see {@link LanguageTag}. Null is valid. */
@Pattern(regexp = LanguageTag.FORM)
@Size(max = LanguageTag.MAX_LENGTH)
@ReportAsSingleViolation
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER })
@Constraint(validatedBy = {})
public @interface Language {

    String message() default "must be a BCP 47 language tag such as 'fr' or 'en-GB'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
