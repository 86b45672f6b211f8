package io.newsgraph.core.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.newsgraph.core.http.ClientAddresses;

/** Applies the rate limit to {@link RateLimited} methods, before Bean Validation, so that invalid requests count too. */
@RateLimited
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
class RateLimitInterceptor {

    private final ClientRateLimits limits;
    private final ClientAddresses addresses;

    @Inject
    RateLimitInterceptor(ClientRateLimits limits, ClientAddresses addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        limits.consume(addresses.current());
        return invocation.proceed();
    }
}
