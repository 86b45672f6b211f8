package io.newsgraph.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Lets the tests act as different clients of the service under test, {@code @QuarkusTest} or the packaged application:
 * signed-in ones, with tokens signed by a key pair made for the run ({@link Tokens}), which the service is configured to
 * trust as it would trust an identity provider's; and readers at addresses of their own, which a trusted proxy on
 * 127.0.0.1 forwards ({@link Call#from}), so that each test has its own rate limit.
 */
@QuarkusTestResource(ClientsTestResource.class)
public class ClientsTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestKeys.create().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                "newsgraph.rate-limit.requests", String.valueOf(Call.RATE_LIMIT),
                // no refill while a test runs
                "newsgraph.rate-limit.period", "1H");
    }

    @Override
    public void stop() {
    }
}
