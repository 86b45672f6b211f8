/**
 * What editors do to articles: write, rewrite, publish, unpublish, archive, tag and delete them (the mutations, their
 * inputs and payloads), and the transactional service behind them. It may use {@code article} and
 * {@code article.body}, the features whose rows an article refers to, and the {@code core} packages; nothing in
 * {@code article} uses it.
 */
package io.newsgraph.article.write;
