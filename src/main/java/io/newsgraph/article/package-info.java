/**
 * The article feature: articles (a title, a standfirst, a body in paragraphs, a language, a status), their API types
 * and queries, what readers and editors may see of them ({@link io.newsgraph.article.ArticleListings}), how the read
 * planner reads them, and the fields that link an article to its author, source and tags. What editors do to articles
 * is in {@code article.write}, the {@code articlePublished} subscription in {@code article.live}, what a body is made
 * of in {@code article.body}. It may use {@code article.body}, {@code author}, {@code source} and {@code tag}, whose
 * rows articles refer to, and the {@code core} packages; of those it is the one that answers what refers to an author,
 * a source or a tag.
 */
package io.newsgraph.article;
