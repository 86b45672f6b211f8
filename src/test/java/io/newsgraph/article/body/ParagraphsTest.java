package io.newsgraph.article.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("One.", "Two,\nstill two.", "Three."),
                Paragraphs.of("One.\n\nTwo,\nstill two.\n \n\n  Three.  \r\n"));
    }

    @Test
    void anEmptyBodyHasNoParagraphs() {
        assertEquals(List.of(), Paragraphs.of("\n \n"));
    }
}
