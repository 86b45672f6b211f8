package io.newsgraph.source;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

public final class SourceMapper {

    private SourceMapper() {
    }

    public static Source toSource(SourceEntity entity) {
        return new Source(GlobalId.encode(Source.TYPE, entity.id), entity.slug, entity.name, entity.url,
                entity.language, Math.toIntExact(entity.version), entity.id);
    }

    static SourceConnection toConnection(Slice<SourceEntity> slice, KeysetOrder<SourceEntity> order,
            TotalCount count) {
        return new SourceConnection(slice.edges(order, SourceMapper::toSource, SourceEdge::new),
                PageInfo.of(slice, order), count);
    }
}
