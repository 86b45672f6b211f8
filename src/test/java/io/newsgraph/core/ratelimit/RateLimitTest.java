package io.newsgraph.core.ratelimit;

import static io.newsgraph.testing.GraphQLAssertions.assertError;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.Call;
import io.newsgraph.testing.ClientsTestResource;
import io.newsgraph.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Comments are limited per client address, invalid ones included; the address a proxy forwards is believed only from
 * the trusted proxies (127.0.0.1 and {@link ClientsTestResource#TRUSTED_PROXY_BLOCK} in the tests), never from anyone
 * else, and only as far as the right-most hop that is not a trusted proxy, which the client cannot write.
 */
@QuarkusTest
class RateLimitTest {

    /** Invalid on purpose: refused, but counted all the same. */
    private static final String COMMENT = "mutation { addComment(input: {articleId: \"x\", authorName: \"Spam\","
            + " authorEmail: \"spam@example.org\", body: \"Buy now\"}) { comment { id } } }";

    @Test
    void aClientOverTheLimitIsRefusedAndOthersAreNot() {
        String address = Call.newAddress();
        for (int i = 0; i < Call.RATE_LIMIT; i++) {
            assertError(Call.of(COMMENT).from(address).ok(), "BAD_USER_INPUT");
        }
        assertError(Call.of(COMMENT).from(address).ok(), "RATE_LIMITED")
                .body("errors[0].extensions.retryAfterSeconds", greaterThan(0));
        Call.of(COMMENT).from(Call.newAddress()).ok().body("errors.extensions.code", everyItem(not(is("RATE_LIMITED"))));
    }

    @Test
    void aForwardedAddressFromAnUntrustedSenderIsIgnored() {
        String last = null;
        for (int i = 0; i <= Call.RATE_LIMIT; i++) {
            // a new address each time: were it believed, no request would be limited
            last = postFrom("127.0.0.2", "X-Forwarded-For: " + Call.newAddress());
        }
        assertTrue(last.contains("\"RATE_LIMITED\""), last);
    }

    @Test
    void addressesAClientWritesLeftOfItsOwnAreNotBelievedFromATrustedProxy() {
        String client = Call.newAddress();
        assertLimitedAsOneClient(n -> "X-Forwarded-For: 203.1.0." + n + ", " + client);
    }

    @Test
    void severalForwardingHeadersAreReadAsOneListInTheirOrder() {
        String client = Call.newAddress();
        assertLimitedAsOneClient(n -> "X-Forwarded-For: 203.1.0." + n + "\r\nX-Forwarded-For: " + client);
    }

    @Test
    void everyTrustedProxyOnTheWayIsPassed() {
        String client = Call.newAddress();
        assertLimitedAsOneClient(n -> "X-Forwarded-For: 203.1.0." + n + ", " + client + ", 192.0.2.7");
    }

    /**
     * Posts 12 comments from the trusted proxy on 127.0.0.1, the n-th with the header lines {@code headers.apply(n)},
     * and checks that the limit took them as one client's: it accepted (as invalid ones) as many as a client may send,
     * and refused the others.
     */
    private static void assertLimitedAsOneClient(IntFunction<String> headers) {
        List<String> answers = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            answers.add(postFrom("127.0.0.1", headers.apply(n)));
        }
        assertEquals(Call.RATE_LIMIT, answers.stream().filter(answer -> !answer.contains("\"RATE_LIMITED\"")).count(),
                String.join("\n", answers));
    }

    /** A comment posted from a loopback address of our choosing, with these header lines; the whole response. */
    private static String postFrom(String localAddress, String headerLines) {
        return RawHttp.postGraphQL(localAddress, headerLines, "{\"query\": \"" + COMMENT.replace("\"", "\\\"") + "\"}");
    }
}
