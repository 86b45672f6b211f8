/**
 * The sample content loaded into an empty database (dev mode, the tests, a demo), written in the shape of the news
 * site's pages. It may use the features' entities and the {@code core} packages; nothing uses it.
 */
package io.newsgraph.sampledata;
