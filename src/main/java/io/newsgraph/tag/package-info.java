/**
 * The tag feature: the topics readers filter by, unique as readers read their names, their API types, queries and
 * mutations, and how the read planner reads them. It may use the {@code core} packages; which articles carry a tag is
 * the article feature's to say ({@link io.newsgraph.tag.TagReferences}).
 */
package io.newsgraph.tag;
