package io.newsgraph.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.core.persistence.ContentEntity;

@Entity
@Table(name = "comment")
public class CommentEntity extends ContentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public ArticleEntity article;

    /** The comment this one replies to, on the same article; null for a comment that starts a thread. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public CommentEntity parent;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    /** Kept for moderation, never exposed through the API. */
    @Column(name = "author_email", nullable = false)
    public String authorEmail;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status;
}
