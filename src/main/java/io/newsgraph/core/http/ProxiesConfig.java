package io.newsgraph.core.http;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The reverse proxies in front of the service, whose word on the client's address is believed
 * ({@link ClientAddresses}).
 */
@ConfigMapping(prefix = "newsgraph.proxies")
public interface ProxiesConfig {

    /**
     * The proxies' addresses and CIDR blocks ({@code 10.0.0.5}, {@code 10.1.0.0/16}, {@code 2001:db8::/32}); none by
     * default, so that no header moves the client's address.
     */
    Optional<List<String>> trusted();

    /** The header the proxies add the address they received a request from to. */
    @WithDefault("x-forwarded-for")
    ForwardedHeader header();
}
