/**
 * Bean Validation of the inputs: texts, names that must show something, slugs, web addresses, languages, and the
 * key a name reads as. It may use {@code core.language} and {@code core.digest}.
 */
package io.newsgraph.core.validation;
