package io.newsgraph.testing.differential;

import java.util.List;
import java.util.Set;

/**
 * One read the differential test sends down both paths.
 *
 * @param label how failures name it, e.g. {@code #137} or {@code fixture article-page}
 * @param features what it exercises, for the report
 * @param invalidSite for an invalid argument, the response keys down to the field that carries it; else null
 */
public record ReadCase(String label, CaseGroup group, ReadRequest request, Set<String> features, List<String> invalidSite) {
}
