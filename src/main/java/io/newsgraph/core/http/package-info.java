/**
 * What the service does at the HTTP level for every request, whatever answers it: who the client is behind reverse
 * proxies ({@link io.newsgraph.core.http.ClientAddresses}).
 */
package io.newsgraph.core.http;
