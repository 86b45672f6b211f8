package io.newsgraph.tag;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

public final class TagMapper {

    private TagMapper() {
    }

    public static Tag toTag(TagEntity entity) {
        return new Tag(GlobalId.encode(Tag.TYPE, entity.id), entity.slug, entity.name,
                Math.toIntExact(entity.version), entity.id);
    }

    static TagConnection toConnection(Slice<TagEntity> slice, KeysetOrder<TagEntity> order, TotalCount count) {
        return new TagConnection(slice.edges(order, TagMapper::toTag, TagEdge::new), PageInfo.of(slice, order), count);
    }
}
