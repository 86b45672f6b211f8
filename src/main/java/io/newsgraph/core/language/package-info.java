/**
 * Language tags (BCP 47) as articles and sources carry them. It may use {@code core.error}.
 */
package io.newsgraph.core.language;
