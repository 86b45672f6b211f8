package io.newsgraph.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The client's address behind proxies: the right-most hop that is not a trusted proxy, whatever the client writes. */
class ProxyChainTest {

    private static final ProxyChain X_FORWARDED_FOR = new ProxyChain(
            TrustedProxies.of(List.of("10.0.0.5", "10.1.0.0/16", "2001:db8:ffff::/48")), ForwardedHeader.X_FORWARDED_FOR);
    private static final ProxyChain FORWARDED = new ProxyChain(TrustedProxies.of(List.of("10.0.0.5")),
            ForwardedHeader.FORWARDED);

    @Test
    void theHeaderOfAClientThatIsNotATrustedProxyIsIgnored() {
        assertEquals("198.51.100.9", X_FORWARDED_FOR.client("198.51.100.9", List.of("203.0.113.1")));
    }

    @Test
    void whatTheClientWritesLeftOfItsAddressDoesNotMoveIt() {
        for (int n = 1; n <= 12; n++) {
            assertEquals("198.19.0.9", X_FORWARDED_FOR.client("10.0.0.5", List.of("203.1.0." + n + ", 198.19.0.9")));
        }
    }

    @Test
    void severalFieldsOfTheHeaderAreOneListInTheirOrder() {
        assertEquals("198.19.0.9", X_FORWARDED_FOR.client("10.0.0.5", List.of("203.1.0.1", "198.19.0.9")));
        assertEquals("198.19.0.9", X_FORWARDED_FOR.client("10.0.0.5", List.of("203.1.0.1, 203.1.0.2", " 198.19.0.9 ")));
    }

    @Test
    void everyTrustedProxyOnTheWayIsPassed() {
        assertEquals("198.19.0.9", X_FORWARDED_FOR.client("10.0.0.5",
                List.of("203.1.0.1, 198.19.0.9, 10.1.4.4, 2001:db8:ffff::7")));
    }

    @Test
    void aClientThatIsItselfATrustedProxyIsTheLeftMostHop() {
        assertEquals("10.1.0.3", X_FORWARDED_FOR.client("10.0.0.5", List.of("10.1.0.3, 10.1.0.2")));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertEquals("10.0.0.5", X_FORWARDED_FOR.client("10.0.0.5", List.of()));
    }

    @Test
    void portsAndBracketsAreNotPartOfTheAddress() {
        assertEquals("198.19.0.9", X_FORWARDED_FOR.client("10.0.0.5", List.of("198.19.0.9:4711")));
        assertEquals("2001:db8::1", X_FORWARDED_FOR.client("10.0.0.5", List.of("[2001:db8::1]:4711")));
    }

    @Test
    void anAddressIsKnownByOneTextHoweverItIsWritten() {
        assertEquals("2001:db8::1", X_FORWARDED_FOR.client("10.0.0.5", List.of("2001:0DB8:0:0::0001")));
        assertEquals("2001:db8::1", X_FORWARDED_FOR.client("2001:0db8::1", List.of()));
    }

    @Test
    void aHopThatNamesNoAddressIsAClientOfThatName() {
        assertEquals("unknown", X_FORWARDED_FOR.client("10.0.0.5", List.of("198.19.0.9, unknown")));
        assertEquals("unknown", X_FORWARDED_FOR.client("10.0.0.5", List.of("198.19.0.9, ")));
    }

    @Test
    void aPeerWithoutAnAddressIsUnknown() {
        assertEquals("unknown", X_FORWARDED_FOR.client(null, List.of("198.19.0.9")));
    }

    @Test
    void theForwardedHeaderIsReadFromTheRightByItsForParameters() {
        assertEquals("198.19.0.9", FORWARDED.client("10.0.0.5",
                List.of("for=203.1.0.1;proto=https, For=\"198.19.0.9:4711\";by=10.0.0.5")));
        assertEquals("2001:db8:cafe::17", FORWARDED.client("10.0.0.5",
                List.of("for=203.1.0.1", "for=\"[2001:db8:cafe::17]:4711\"")));
        assertEquals("198.19.0.9", FORWARDED.client("10.0.0.5", List.of("for=\"203.1.0.1, for=1.2.3.4\", for=198.19.0.9")));
    }

    @Test
    void aForwardedElementWithoutForNamesNoAddress() {
        assertEquals("unknown", FORWARDED.client("10.0.0.5", List.of("for=198.19.0.9, proto=https")));
        assertEquals("_hidden", FORWARDED.client("10.0.0.5", List.of("for=198.19.0.9, for=_hidden")));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("proxy.example.org")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/x")));
    }
}
