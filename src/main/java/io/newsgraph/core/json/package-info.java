/**
 * The JSON of answers: the one Jackson configuration that writes response bodies as SmallRye GraphQL writes them,
 * execution results written straight into a buffer, and Netty's buffers seen as Vert.x's. It uses no other package.
 */
package io.newsgraph.core.json;
