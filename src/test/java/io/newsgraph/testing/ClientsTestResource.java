package io.newsgraph.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Lets the tests act as different clients of the service under test, {@code @QuarkusTest} or the packaged application:
 * signed-in ones, with tokens signed by a key pair made for the run ({@link Tokens}), which the service is configured to
 * trust as it would trust an identity provider's; and readers at addresses of their own, which a trusted proxy on
 * 127.0.0.1 forwards ({@link Call#from}), so that each test has its own rate limit. The proxies of
 * {@link #TRUSTED_PROXY_BLOCK} are trusted too, for the tests of a request that crossed several proxies.
 */
@QuarkusTestResource(ClientsTestResource.class)
public class ClientsTestResource implements QuarkusTestResourceLifecycleManager {

    /** Trusted proxies in the range kept for documentation (RFC 5737), which no test client comes from. */
    public static final String TRUSTED_PROXY_BLOCK = "192.0.2.0/24";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestKeys.create().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "newsgraph.proxies.trusted", "127.0.0.1," + TRUSTED_PROXY_BLOCK,
                "newsgraph.rate-limit.requests", String.valueOf(Call.RATE_LIMIT),
                // no refill while a test runs
                "newsgraph.rate-limit.period", "1H");
    }

    @Override
    public void stop() {
    }
}
