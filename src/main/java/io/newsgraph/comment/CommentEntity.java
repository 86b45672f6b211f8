package io.newsgraph.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

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

    /**
     * Whether this comment and every comment above it are APPROVED: whether readers may see it. Kept by the database's
     * triggers (V5) whenever a status or a parent changes, here or in any other client, and read back after each write.
     */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "thread_approved", nullable = false, insertable = false, updatable = false)
    public boolean threadApproved;
}
