package io.newsgraph.comment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleMapper;
import io.newsgraph.article.ArticleService;
import io.newsgraph.core.fetching.Batches;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

/** Everything that answers with comments. */
@GraphQLApi
public class CommentGraphQLApi {

    private final CommentService commentService;
    private final ArticleService articleService;

    CommentGraphQLApi(CommentService commentService, ArticleService articleService) {
        this.commentService = commentService;
        this.articleService = articleService;
    }

    @Name("comments")
    @NonNull
    @Description("The approved comments that start a conversation on the article, oldest first; replies hang below them.")
    public List<@NonNull CommentConnection> commentsOfArticles(@Source List<Article> articles,
            @DefaultValue("10") Integer first, String after) {
        return nestedPages(articles, Article::key, CommentListings.THREADS_OF_ARTICLE, first, after);
    }

    @Name("commentCount")
    @NonNull
    @Description("How many comments readers see on the article, replies included: those approved below approved ones.")
    public List<@NonNull Integer> commentCountOfArticles(@Source List<Article> articles) {
        Map<Long, Long> counts = commentService.countByArticle(Batches.keys(articles, Article::key));
        return Batches.align(articles, Article::key, counts, 0L).stream().map(Math::toIntExact).toList();
    }

    @NonNull
    @Description("The approved replies to this comment, oldest first; none below a comment readers do not see.")
    public List<@NonNull CommentConnection> replies(@Source List<Comment> comments,
            @DefaultValue("10") Integer first, String after) {
        return nestedPages(comments, Comment::key, CommentListings.REPLIES, first, after);
    }

    @Name("article")
    @NonNull
    @Description("The article the comment is on.")
    public List<@NonNull Article> articleOfComments(@Source List<Comment> comments) {
        return Batches.resolve(comments, Comment::articleKey, articleService::findPublished, ArticleMapper::toArticle);
    }

    @Description("The comment this one replies to, when readers see it; null when it starts a conversation.")
    public List<Comment> parent(@Source List<Comment> comments) {
        return Batches.resolve(comments, Comment::parentKey, commentService::findReadable, CommentMapper::toComment);
    }

    @NonNull
    @Description("How many comments the whole list holds, across all its pages.")
    public List<@NonNull Integer> totalCount(@Source List<CommentConnection> connections) {
        return commentService.totalCounts(connections.stream().map(CommentConnection::count).toList());
    }

    @Produces
    NodeLoader commentNodes() {
        return new NodeLoader(Comment.TYPE, key -> commentService.findVisible(key).map(CommentMapper::toComment));
    }

    private <P> List<CommentConnection> nestedPages(List<P> parents, Function<P, Long> keyOf, Listing<CommentEntity> listing,
            Integer first, String after) {
        PageRequest request = PageRequest.forward(first, after);
        Map<Long, Slice<CommentEntity>> pages = commentService.pagesByParent(listing, Batches.keys(parents, keyOf),
                request);
        return parents.stream().map(keyOf).map(key -> CommentMapper.toConnection(pages.get(key),
                CommentListings.CHRONOLOGICAL, new TotalCount.OfParent(listing, key))).toList();
    }
}
