/**
 * SHA-256, computed in one place for everything the service digests. It uses no other package.
 */
package io.newsgraph.core.digest;
