/**
 * The {@code articlePublished} subscription: articles as they are published, heard from PostgreSQL, so that an article
 * published by any copy or by psql is an event. It may use {@code article} and the {@code core} packages.
 */
package io.newsgraph.article.live;
