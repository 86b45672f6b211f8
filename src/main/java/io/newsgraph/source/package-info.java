/**
 * The source feature: the publications articles are translated or adapted from, their API types, queries and
 * mutations, and how the read planner reads them. It may use the {@code core} packages; which articles come from a
 * source is the article feature's to say ({@link io.newsgraph.source.SourceReferences}).
 */
package io.newsgraph.source;
