package io.newsgraph.comment;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

public final class CommentMapper {

    private CommentMapper() {
    }

    public static Comment toComment(CommentEntity entity) {
        return new Comment(GlobalId.encode(Comment.TYPE, entity.id), entity.authorName, entity.body,
                entity.createdAt, entity.status, entity.id, entity.article.id, entity.parent == null ? null : entity.parent.id);
    }

    public static CommentConnection toConnection(Slice<CommentEntity> slice, KeysetOrder<CommentEntity> order,
            TotalCount count) {
        return new CommentConnection(slice.edges(order, CommentMapper::toComment, CommentEdge::new),
                PageInfo.of(slice, order), count);
    }
}
