package io.newsgraph.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What a name reads as: the same for names a reader cannot tell apart, different for names a reader can. */
class NameKeyTest {

    @Test
    void namesThatReadTheSameHaveOneKey() {
        String key = NameKey.of("Sahel");
        for (String alike : new String[] { "sahel", "SAHEL", "S\u0430hel", "\uFF33\uFF41\uFF48\uFF45\uFF4C", "Sa\u200Dhel",
                "  Sahel ", "Sahe\u04CF" }) {
            assertEquals(key, NameKey.of(alike), alike);
        }
        assertEquals(NameKey.of("Côte d'Ivoire"), NameKey.of("Co\u0302te d\u2019Ivoire"));
        assertEquals(NameKey.of("Burkina Faso"), NameKey.of("Burkina\u00A0\u2003Faso"));
        assertEquals(NameKey.of("modern"), NameKey.of("rnodern"));
    }

    @Test
    void namesThatReadDifferentlyHaveDifferentKeys() {
        assertNotEquals(NameKey.of("Mali"), NameKey.of("Malí"));
        assertNotEquals(NameKey.of("Niger"), NameKey.of("Nigeria"));
        assertNotEquals(NameKey.of("Burkina Faso"), NameKey.of("BurkinaFaso"));
    }

    @Test
    void aKeyIsSixtyFourHexadecimalDigitsWhateverTheNamesLength() {
        assertEquals(64, NameKey.of("\uFDFA".repeat(100)).length());
        assertEquals(64, NameKey.of("a").length());
    }
}
