/**
 * What editors do to authors: the {@code createAuthor}, {@code updateAuthor} and {@code deleteAuthor} mutations, their
 * inputs (with social links) and payloads, and the transactional service behind them. It may use {@code author} and
 * the {@code core} packages.
 */
package io.newsgraph.author.write;
