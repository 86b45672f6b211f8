package io.newsgraph.article.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleEntity;
import io.newsgraph.article.ArticleStatus;
import io.newsgraph.author.Author;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.Violation;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.persistence.ContentEntity;
import io.newsgraph.core.write.Edits;
import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.Slugs;
import io.newsgraph.source.Source;
import io.newsgraph.source.SourceEntity;
import io.newsgraph.tag.Tag;
import io.newsgraph.tag.TagEntity;

/**
 * What editors do to articles, each change one transaction through the entities: write and rewrite them, publish,
 * unpublish and archive them, set their tags, delete them (with their comments). Every change of an existing article
 * names the version it was made from. The entity returned is what was committed.
 */
@ApplicationScoped
public class ArticleWriteService {

    private final IdempotentWrites idempotentWrites;
    private final Slugs slugs;

    ArticleWriteService(IdempotentWrites idempotentWrites, Slugs slugs) {
        this.idempotentWrites = idempotentWrites;
        this.slugs = slugs;
    }

    /** A new draft. */
    @Transactional
    public ArticleEntity create(ArticleInput input, List<String> tagIds, String idempotencyKey) {
        return saved(idempotentWrites.once(idempotencyKey, "createArticle", List.of(input, tagIds), () -> {
            ArticleEntity article = new ArticleEntity();
            article.status = ArticleStatus.DRAFT;
            article.slug = slugs.forNew(ArticleEntity.class, Article.TYPE, input.slug(), input.title(), "input.slug");
            write(input, article);
            article.tags = tags(tagIds);
            article.persist();
            return article.id;
        }));
    }

    @Transactional
    public ArticleEntity update(long key, long version, ArticleInput input, String idempotencyKey) {
        return change("updateArticle", key, version, input, idempotencyKey, article -> {
            article.slug = slugs.forChange(ArticleEntity.class, article.slug, input.slug(), "input.slug");
            write(input, article);
        });
    }

    /** Publishes a draft or an archived article, as of now. */
    @Transactional
    public ArticleEntity publish(long key, long version, String idempotencyKey) {
        return change("publishArticle", key, version, null, idempotencyKey, article -> {
            if (article.status == ArticleStatus.PUBLISHED) {
                throw new BadUserInputException("The article is published already.");
            }
            article.status = ArticleStatus.PUBLISHED;
            article.publishedAt = ContentEntity.now();
        });
    }

    /** Takes a published article back to the drafts: it no longer has a publication time. */
    @Transactional
    public ArticleEntity unpublish(long key, long version, String idempotencyKey) {
        return change("unpublishArticle", key, version, null, idempotencyKey, article -> {
            requirePublished(article, "unpublished");
            article.status = ArticleStatus.DRAFT;
            article.publishedAt = null;
        });
    }

    /** Retires a published article: readers no longer see it; it keeps its publication time. */
    @Transactional
    public ArticleEntity archive(long key, long version, String idempotencyKey) {
        return change("archiveArticle", key, version, null, idempotencyKey, article -> {
            requirePublished(article, "archived (a draft is deleted instead)");
            article.status = ArticleStatus.ARCHIVED;
        });
    }

    /** Replaces the article's tags. */
    @Transactional
    public ArticleEntity setTags(long key, long version, List<String> tagIds, String idempotencyKey) {
        return change("setArticleTags", key, version, tagIds, idempotencyKey, article -> {
            article.tags = tags(tagIds);
            // a change of the tags alone leaves the row as it is: it is still a change of the article
            article.updatedAt = ContentEntity.now();
        });
    }

    /** Deletes an article with its comments; returns its key. */
    @Transactional
    public long delete(long key, long version, String idempotencyKey) {
        return idempotentWrites.once(idempotencyKey, "deleteArticle", List.of(key, version), () -> {
            Edits.target(ArticleEntity.findByIdOptional(key), Article.TYPE, key, version).delete();
            return key;
        });
    }

    private ArticleEntity change(String operation, long key, long version, Object arguments, String idempotencyKey,
            Consumer<ArticleEntity> change) {
        List<Object> request = new ArrayList<>(List.of(key, version));
        if (arguments != null) {
            request.add(arguments);
        }
        return saved(idempotentWrites.once(idempotencyKey, operation, request, () -> {
            ArticleEntity article = Edits.target(ArticleEntity.findByIdOptional(key), Article.TYPE, key, version);
            change.accept(article);
            return article.id;
        }));
    }

    private static ArticleEntity saved(long key) {
        return ArticleEntity.<ArticleEntity> findByIdOptional(key).orElseThrow(() -> Edits.notFound(Article.TYPE, key));
    }

    private static void write(ArticleInput input, ArticleEntity article) {
        article.title = input.title();
        article.lede = input.lede();
        article.body = input.body();
        article.language = input.language();
        article.byline = input.byline();
        article.imageUrl = input.image() == null ? null : input.image().url();
        article.imageAlt = input.image() == null ? null : input.image().alt();
        article.canonicalUrl = input.canonicalUrl();
        article.author = Edits.reference("input.authorId", input.authorId(), Author.TYPE,
                key -> AuthorEntity.findByIdOptional(key));
        article.source = input.sourceId() == null ? null
                : Edits.reference("input.sourceId", input.sourceId(), Source.TYPE, key -> SourceEntity.findByIdOptional(key));
    }

    private static void requirePublished(ArticleEntity article, String what) {
        if (article.status != ArticleStatus.PUBLISHED) {
            throw new BadUserInputException("Only a published article can be " + what + "; this one is "
                    + article.status + ".");
        }
    }

    /** The tags the ids name, every id that names none reported at once. */
    private static Set<TagEntity> tags(List<String> tagIds) {
        Map<Long, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < tagIds.size(); i++) {
            fields.putIfAbsent(GlobalId.decodeKey(tagIds.get(i), Tag.TYPE, "tagIds[" + i + "]"), "tagIds[" + i + "]");
        }
        Set<TagEntity> tags = fields.isEmpty() ? new HashSet<>()
                : new HashSet<>(TagEntity.<TagEntity> list("id in ?1", fields.keySet()));
        tags.forEach(tag -> fields.remove(tag.id));
        if (!fields.isEmpty()) {
            throw new BadUserInputException(fields.size() == 1 ? "A tag id names no tag." : "Tag ids name no tag.",
                    fields.values().stream().map(field -> new Violation(field, "names no tag")).toList());
        }
        return tags;
    }
}
