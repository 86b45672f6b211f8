/**
 * Authentication: the pipeline's stage that turns a bearer token into the requester or refuses it
 * ({@link io.newsgraph.core.security.Authenticate}), which WebSocket upgrades pass too, the roles, and the checks of the
 * tokens and keys the service accepts. It may use {@code core.pipeline}, {@code core.error} and {@code core.digest}.
 */
package io.newsgraph.core.security;
