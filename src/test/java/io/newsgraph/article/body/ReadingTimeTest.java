package io.newsgraph.article.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    @Test
    void roundsUpToWholeMinutesAtTwoHundredWordsAMinute() {
        assertEquals(1, ReadingTime.minutes("one"));
        assertEquals(1, ReadingTime.minutes("word ".repeat(200)));
        assertEquals(2, ReadingTime.minutes("word ".repeat(201)));
        assertEquals(5, ReadingTime.minutes("word\n\n".repeat(1000)));
    }

    @Test
    void neverSaysZero() {
        assertEquals(1, ReadingTime.minutes("   "));
    }
}
