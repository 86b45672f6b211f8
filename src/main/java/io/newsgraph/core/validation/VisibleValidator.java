package io.newsgraph.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

public class VisibleValidator implements ConstraintValidator<Visible, String> {

    /** BRAILLE PATTERN BLANK: a symbol by its category, drawn as nothing. */
    private static final int BRAILLE_BLANK = 0x2800;

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return text == null || text.codePoints().anyMatch(VisibleValidator::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        if (codePoint == BRAILLE_BLANK || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return false;
        }
        return switch (UCharacter.getType(codePoint)) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                    UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                    UCharacterCategory.OTHER_LETTER, UCharacterCategory.DECIMAL_DIGIT_NUMBER,
                    UCharacterCategory.LETTER_NUMBER, UCharacterCategory.OTHER_NUMBER,
                    UCharacterCategory.CONNECTOR_PUNCTUATION, UCharacterCategory.DASH_PUNCTUATION,
                    UCharacterCategory.START_PUNCTUATION, UCharacterCategory.END_PUNCTUATION,
                    UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION,
                    UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.MATH_SYMBOL,
                    UCharacterCategory.CURRENCY_SYMBOL, UCharacterCategory.MODIFIER_SYMBOL,
                    UCharacterCategory.OTHER_SYMBOL ->
                true;
            default -> false;
        };
    }
}
