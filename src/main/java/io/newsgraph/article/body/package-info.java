/**
 * What an article's body is made of and what is computed from it: its paragraphs, its reading time, its images. It
 * uses no other package of the service, so that the entity, the API types and the read planner can all use it.
 */
package io.newsgraph.article.body;
