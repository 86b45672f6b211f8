/**
 * The reader's news site at {@code /}: its pages and scripts are static resources that use nothing but the public
 * API; this package only answers their addresses with {@code index.html}. It uses no other package.
 */
package io.newsgraph.site;
