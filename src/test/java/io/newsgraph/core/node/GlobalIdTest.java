package io.newsgraph.core.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsgraph.core.error.BadUserInputException;

class GlobalIdTest {

    @Test
    void roundTripsTypeAndKey() {
        String id = GlobalId.encode("Article", 151);
        assertEquals(new GlobalId("Article", 151), GlobalId.decode(id));
        assertEquals(151, GlobalId.decodeKey(id, "Article"));
        assertFalse(id.contains("Article"), "ids are opaque");
    }

    @Test
    void refusesAnIdOfAnotherType() {
        String id = GlobalId.encode("Author", 7);
        assertThrows(BadUserInputException.class, () -> GlobalId.decodeKey(id, "Article"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "@@@", "QXJ0aWNsZQ", "QXJ0aWNsZTo", "QXJ0aWNsZTphYmM", "OjE", "QXJ0aWNsZTow" })
    void refusesMalformedIds(String id) {
        assertThrows(BadUserInputException.class, () -> GlobalId.decode(id));
    }
}
