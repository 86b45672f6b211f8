package io.newsgraph.article;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import io.newsgraph.article.body.ReadingTime;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.core.persistence.ContentEntity;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.tag.TagEntity;

@Entity
@Table(name = "article")
public class ArticleEntity extends ContentEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String lede;

    /** Plain text, paragraphs separated by a blank line. */
    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    /** The desk or team credited at the top, when it is not the author. */
    public String byline;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "reading_time_minutes", nullable = false)
    public int readingTimeMinutes;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "image_alt")
    public String imageAlt;

    /** The address of the original publication this article was translated or adapted from. */
    @Column(name = "canonical_url")
    public String canonicalUrl;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public AuthorEntity author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<TagEntity> tags = new HashSet<>();

    @PrePersist
    @PreUpdate
    void computeReadingTime() {
        readingTimeMinutes = ReadingTime.minutes(body);
    }
}
