package io.newsgraph.comment.write;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleEntity;
import io.newsgraph.article.ArticleService;
import io.newsgraph.comment.Comment;
import io.newsgraph.comment.CommentEntity;
import io.newsgraph.comment.CommentService;
import io.newsgraph.comment.CommentStatus;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.write.Edits;
import io.newsgraph.core.write.IdempotentWrites;

/**
 * Readers' comments: on published articles only, replies only to comments of the same article that readers see, PENDING
 * until a moderator decides unless {@link CommentsConfig#approveAtOnce()}; kept exactly as written.
 */
@ApplicationScoped
public class CommentWriteService {

    private final ArticleService articleService;
    private final CommentService commentService;
    private final IdempotentWrites idempotentWrites;
    private final CommentsConfig config;

    CommentWriteService(ArticleService articleService, CommentService commentService,
            IdempotentWrites idempotentWrites, CommentsConfig config) {
        this.articleService = articleService;
        this.commentService = commentService;
        this.idempotentWrites = idempotentWrites;
        this.config = config;
    }

    @Transactional
    public CommentEntity add(CommentInput input, String idempotencyKey) {
        long key = idempotentWrites.once(idempotencyKey, "addComment", input, () -> {
            long articleKey = GlobalId.decodeKey(input.articleId(), Article.TYPE, "input.articleId");
            ArticleEntity article = articleService.findPublished(articleKey).orElseThrow(() -> BadUserInputException
                    .of("input.articleId", "No published article has the id '" + input.articleId() + "'."));
            CommentEntity comment = new CommentEntity();
            comment.article = article;
            comment.parent = input.parentId() == null ? null : parent(input.parentId(), articleKey);
            comment.authorName = input.authorName();
            comment.authorEmail = input.authorEmail();
            comment.body = input.body();
            comment.status = config.approveAtOnce() ? CommentStatus.APPROVED : CommentStatus.PENDING;
            comment.persist();
            return comment.id;
        });
        return CommentEntity.<CommentEntity> findByIdOptional(key).orElseThrow(() -> Edits.notFound(Comment.TYPE, key));
    }

    private CommentEntity parent(String parentId, long articleKey) {
        long parentKey = GlobalId.decodeKey(parentId, Comment.TYPE, "input.parentId");
        CommentEntity parent = commentService.findReadable(List.of(parentKey)).get(parentKey);
        if (parent == null || parent.article.id != articleKey) {
            throw BadUserInputException.of("input.parentId", "A reply answers a comment of the same article that readers"
                    + " see (approved, below approved comments only); '" + parentId + "' is not one.");
        }
        return parent;
    }
}
