package io.newsgraph.core.ratelimit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * An API method that anyone may call, and that a client address may call only so often (see {@link RateLimitConfig});
 * a client over the limit is refused with RATE_LIMITED before the method runs, valid request or not.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface RateLimited {
}
