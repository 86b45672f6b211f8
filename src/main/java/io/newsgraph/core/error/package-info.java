/**
 * Every error the API answers with, in one shape ({@link io.newsgraph.core.error.ApiError}: a message for the client
 * and {@code extensions.code}, never a stack trace): the codes, the exceptions features throw, database failures a
 * client can act on, and the shaping of every other error, which graphql-java's instrumentation applies to the
 * resolvers' answers. It uses no other package.
 */
package io.newsgraph.core.error;
