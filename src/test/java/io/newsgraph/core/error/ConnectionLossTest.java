package io.newsgraph.core.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionLossTest {

    @ParameterizedTest
    // refused, broken, closed; admin shutdown, crash, starting up, database dropped, idle session ended
    @ValueSource(strings = { "08001", "08006", "08003", "57P01", "57P02", "57P03", "57P04", "57P05" })
    void theConnectionIsGoneAfter(String sqlState) {
        assertTrue(ConnectionLoss.isSignalledBy(sqlState));
    }

    @ParameterizedTest
    // statement timeout, unique violation, serialization failure, syntax error
    @ValueSource(strings = { "57014", "23505", "40001", "42601" })
    @NullSource
    void theConnectionStaysUsableAfter(String sqlState) {
        assertFalse(ConnectionLoss.isSignalledBy(sqlState));
    }
}
