package io.newsgraph.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.author.SocialLinkEmbeddable;
import io.newsgraph.comment.CommentEntity;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.tag.TagEntity;

/** Writes the sample content into the database, once: never into a database that has content. */
@ApplicationScoped
class SampleDataImporter {

    static final String RESOURCE = "sample-data/newsgraph-sample.json";

    private static final Logger LOG = Logger.getLogger(SampleDataImporter.class);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    SampleDataImporter(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional
    void importIntoEmptyDatabase() {
        // Copies of the service starting together take turns here, so only the first one imports.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('newsgraph.sample-data'))")
                .getSingleResult();
        if (hasContent()) {
            LOG.info("The database already has content: sample data not loaded.");
            return;
        }
        SampleData data = read();
        Map<String, SourceEntity> sources = new HashMap<>();
        data.sources().forEach(source -> sources.put(source.slug(), persist(source)));
        Map<String, AuthorEntity> authors = new HashMap<>();
        data.authors().forEach(author -> authors.put(author.slug(), persist(author)));
        Map<String, TagEntity> tags = new HashMap<>();
        data.tags().forEach(tag -> tags.put(tag.slug(), persist(tag)));
        int comments = 0;
        for (SampleData.Article article : data.articles()) {
            ArticleEntity entity = persist(article, authors, sources, tags);
            comments += persist(article.comments(), entity, null);
        }
        LOG.infof("Sample data loaded: %d sources, %d authors, %d tags, %d articles, %d comments.",
                sources.size(), authors.size(), tags.size(), data.articles().size(), comments);
    }

    /**
     * One SQL statement rather than a query per entity: at a start on a database that has content, this check is the
     * only use of Hibernate before the first request, and its query language would cost that start the loading of its
     * parser, which the planner's reads never need.
     */
    private boolean hasContent() {
        return (Boolean) entityManager.createNativeQuery("select exists (select from article) or exists (select from author)"
                + " or exists (select from source) or exists (select from tag)").getSingleResult();
    }

    private SampleData read() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("The sample data resource " + RESOURCE + " is missing.");
            }
            return objectMapper.readValue(json, SampleData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample data resource " + RESOURCE + " cannot be read.", e);
        }
    }

    private SourceEntity persist(SampleData.Source source) {
        SourceEntity entity = new SourceEntity();
        entity.slug = source.slug();
        entity.name = source.name();
        entity.url = source.url();
        entity.language = source.language();
        entity.persist();
        return entity;
    }

    private AuthorEntity persist(SampleData.Author author) {
        AuthorEntity entity = new AuthorEntity();
        entity.slug = author.slug();
        entity.name = author.name();
        entity.bio = author.bio();
        entity.location = author.location();
        for (SampleData.SocialLink link : author.socialLinks()) {
            SocialLinkEmbeddable embeddable = new SocialLinkEmbeddable();
            embeddable.network = link.network();
            embeddable.url = link.url();
            embeddable.handle = link.handle();
            entity.socialLinks.add(embeddable);
        }
        entity.persist();
        return entity;
    }

    private TagEntity persist(SampleData.Tag tag) {
        TagEntity entity = new TagEntity();
        entity.slug = tag.slug();
        entity.name = tag.name();
        entity.persist();
        return entity;
    }

    private ArticleEntity persist(SampleData.Article article, Map<String, AuthorEntity> authors,
            Map<String, SourceEntity> sources, Map<String, TagEntity> tags) {
        ArticleEntity entity = new ArticleEntity();
        entity.slug = article.slug();
        entity.title = article.title();
        entity.lede = article.lede();
        entity.body = String.join("\n\n", article.body());
        entity.language = article.language();
        entity.status = article.status();
        entity.byline = article.byline();
        entity.publishedAt = article.publishedAt();
        entity.createdAt = article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
        entity.updatedAt = article.updatedAt();
        entity.imageUrl = article.imageUrl();
        entity.imageAlt = article.imageAlt();
        entity.canonicalUrl = article.canonicalUrl();
        entity.author = required(authors, article.author(), "author", article.slug());
        entity.source = article.source() == null ? null : required(sources, article.source(), "source", article.slug());
        article.tags().forEach(tag -> entity.tags.add(required(tags, tag, "tag", article.slug())));
        entity.persist();
        return entity;
    }

    private int persist(List<SampleData.Comment> comments, ArticleEntity article, CommentEntity parent) {
        int count = 0;
        for (SampleData.Comment comment : comments == null ? List.<SampleData.Comment> of() : comments) {
            CommentEntity entity = new CommentEntity();
            entity.article = article;
            entity.parent = parent;
            entity.authorName = comment.authorName();
            entity.authorEmail = comment.authorEmail();
            entity.body = comment.body();
            entity.status = comment.status();
            entity.createdAt = comment.createdAt();
            entity.persist();
            count += 1 + persist(comment.replies(), article, entity);
        }
        return count;
    }

    private static <E> E required(Map<String, E> rows, String slug, String kind, String articleSlug) {
        E row = rows.get(slug);
        if (row == null) {
            throw new IllegalStateException("Sample article " + articleSlug + " names an unknown " + kind + ": " + slug);
        }
        return row;
    }
}
