package io.newsgraph.core.execution;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.Transformer;

/**
 * Reads a plain field as SmallRye's {@code FieldDataFetcher} does: calls the accessor, then applies SmallRye's
 * own output transformer where the field's Java type is not the GraphQL one (an {@code Instant} becomes the
 * DateTime string), and hands enums, objects and lists over as they are. Unlike SmallRye's, it is a graphql-java
 * {@link LightDataFetcher}, so graphql-java builds no {@link DataFetchingEnvironment} for the field, and it skips
 * SmallRye's per-field context (a copy of the request's context with the field's arguments and selected fields):
 * only the code of a {@code @GraphQLApi} method reads that context, and SmallRye sets it afresh before it runs one.
 *
 * <p>
 * {@link #of} takes only the fields whose values SmallRye returns as read or through one transformer. Adapted
 * fields, maps, arrays, optionals and lists of transformed values, which SmallRye rebuilds value by value, keep
 * SmallRye's fetcher.
 */
final class PlainFieldFetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

    private static final Logger LOG = Logger.getLogger(PlainFieldFetcher.class);
    private static final String LIST = List.class.getName();
    // SmallRye converts values of these types itself, whatever the field
    private static final Set<String> CONVERTED_BY_SMALLRYE = Set.of("java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.OptionalDouble");

    private final String ownerClass;
    private final String accessorName;
    @SuppressWarnings("rawtypes")
    private final Transformer transformer;
    // looked up on first use, as SmallRye's fetcher does, rather than while Quarkus builds the schema at start-up
    // (at image build time for a native executable)
    private volatile Method accessor;

    @SuppressWarnings("rawtypes")
    private PlainFieldFetcher(String ownerClass, String accessorName, Transformer transformer) {
        this.ownerClass = ownerClass;
        this.accessorName = accessorName;
        this.transformer = transformer;
    }

    /** A fetcher for the field of that owning type, or none when SmallRye's own must read it. */
    static Optional<PlainFieldFetcher> of(Field field, Reference owner) {
        Reference type = field.getReference();
        if (field.getMethodName() == null || isAdapted(field) || CONVERTED_BY_SMALLRYE.contains(type.getClassName())) {
            return Optional.empty();
        }
        if (!field.hasWrapper()) {
            // the transformer SmallRye's fetcher would apply, if it has one for the type
            return Optional.of(new PlainFieldFetcher(owner.getClassName(), field.getMethodName(),
                    isTransformed(type) ? Transformer.transformer(field) : null));
        }
        if (isFlatList(field.getWrapper()) && !isTransformed(type)) {
            // SmallRye copies such a list into a new one, element by element, unchanged
            return Optional.of(new PlainFieldFetcher(owner.getClassName(), field.getMethodName(), null));
        }
        return Optional.empty();
    }

    @Override
    public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        Object value = accessor().invoke(source);
        return transformer == null || value == null ? value : transformed(value);
    }

    /** Used by graphql-java when the fetcher is wrapped, and so not seen as light. */
    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }

    @SuppressWarnings("unchecked")
    private Object transformed(Object value) {
        try {
            return transformer.out(value);
        } catch (RuntimeException e) {
            // as SmallRye does: logged, and the value goes out untransformed for the scalar to take or refuse
            LOG.error("Unable to transform data", e);
            return value;
        }
    }

    private Method accessor() throws NoSuchMethodException {
        Method method = accessor;
        if (method == null) {
            method = ClassloadingService.get().loadClass(ownerClass).getMethod(accessorName);
            accessor = method;
        }
        return method;
    }

    private static boolean isAdapted(Field field) {
        return field.isAdaptingTo() || field.isAdaptingWith()
                || field.getReference().isAdaptingTo() || field.getReference().isAdaptingWith();
    }

    /** When SmallRye transforms a value: a scalar whose Java class is not the one GraphQL writes. */
    private static boolean isTransformed(Reference type) {
        return type.getType() == ReferenceType.SCALAR && !type.getClassName().equals(type.getGraphQLClassName());
    }

    private static boolean isFlatList(Wrapper wrapper) {
        return wrapper.isCollection() && LIST.equals(wrapper.getWrapperClassName()) && !wrapper.hasWrapper();
    }
}
