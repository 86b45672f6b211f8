package io.newsgraph.core.execution;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Gives the plain fields of the API types, those SmallRye reads with an accessor of the type itself (a record
 * component, a getter), a {@link PlainFieldFetcher}. SmallRye asks this service for plain fields only: the
 * fields of {@code @GraphQLApi} methods, {@code @Source} batches among them, get their fetchers apart. A field
 * that a {@link PlainFieldFetcher} cannot read exactly as SmallRye would keeps SmallRye's fetcher. Loaded by
 * SmallRye through {@code META-INF/services}.
 */
public class PlainFieldFetchers implements DataFetcherService {

    /** Asked before Quarkus's service (priority 1), which supplies no field fetchers today. */
    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        // null leaves the field to SmallRye's own fetcher
        return PlainFieldFetcher.of(field, owner).orElse(null);
    }
}
