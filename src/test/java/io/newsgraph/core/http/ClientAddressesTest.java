package io.newsgraph.core.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The start-up checks of the one place that says who the client is. */
class ClientAddressesTest {

    private static final ProxiesConfig ONE_PROXY = new ProxiesConfig() {
        @Override
        public Optional<List<String>> trusted() {
            return Optional.of(List.of("10.0.0.5"));
        }

        @Override
        public ForwardedHeader header() {
            return ForwardedHeader.X_FORWARDED_FOR;
        }
    };

    @Test
    void quarkusForwardingWhichBelievesTheLeftMostHopStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new ClientAddresses(null, ONE_PROXY, true).check(null));
        assertDoesNotThrow(() -> new ClientAddresses(null, ONE_PROXY, false).check(null));
    }
}
