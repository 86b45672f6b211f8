package io.newsgraph.article.body;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a body: runs of non-blank lines, separated by blank lines. */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<String> of(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        body.lines().forEach(line -> {
            if (line.isBlank()) {
                flush(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line.strip());
            }
        });
        flush(paragraph, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
