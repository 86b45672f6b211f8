package io.newsgraph.core.cache;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The classes Caffeine loads by name for the caches the service builds, which a native executable has only if they are
 * registered: Caffeine names a cache's class after its features (strong keys and values, a removal Listener, a
 * Maximum by Weight, expiry after Write), and Quarkus's extension registers only the most common ones (and the node
 * classes these caches use, PSMW, PSWMW and PSWMS). SSMW: the prepared documents and the read planner's plans; SSLMWW:
 * the response cache; SSLMSW (a Maximum by Size): the count cache.
 */
@RegisterForReflection(classNames = { "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.SSLMWW", "com.github.benmanes.caffeine.cache.SSLMSW" }, fields = true)
final class CaffeineCacheClasses {

    private CaffeineCacheClasses() {
    }
}
