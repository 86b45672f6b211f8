package io.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an article is in its life: readers only ever see PUBLISHED ones.")
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
