package io.newsgraph.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;

import jakarta.validation.Payload;

import org.junit.jupiter.api.Test;

class TextValidatorTest {

    private final TextValidator validator = validator(5);

    @Test
    void countsCharactersAsReadersDo() {
        assertTrue(validator.isValid("😀😀😀😀😀", null));
        assertFalse(validator.isValid("😀😀😀😀😀😀", null));
        assertTrue(validator.isValid("e\u0301e\u0301e", null), "a combining accent is a character of its own");
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void refusesWhatPostgresCannotStore() {
        assertFalse(validator.isValid("a\0b", null));
        assertFalse(validator.isValid("a\uD83Db", null), "half of a surrogate pair");
        assertFalse(validator.isValid("\uDE00", null));
    }

    private static TextValidator validator(int max) {
        TextValidator validator = new TextValidator();
        validator.initialize(new Text() {
            @Override
            public int max() {
                return max;
            }

            @Override
            public String message() {
                return "";
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends Payload>[] payload() {
                return (Class<? extends Payload>[]) new Class<?>[0];
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Text.class;
            }
        });
        return validator;
    }
}
