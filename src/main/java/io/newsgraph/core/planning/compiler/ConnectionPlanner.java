package io.newsgraph.core.planning.compiler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.planning.compiler.ObjectPlanner.Fields;
import io.newsgraph.core.planning.model.FilterField;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.writers.ConnectionWriter;
import io.newsgraph.core.planning.writers.CountWriter;
import io.newsgraph.core.planning.writers.CursorWriter;
import io.newsgraph.core.planning.writers.FieldStep;
import io.newsgraph.core.planning.writers.ObjectWriter;
import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.planning.writers.PlanBindings.PageArguments;
import io.newsgraph.core.planning.writers.ScalarWriters;
import io.newsgraph.core.planning.writers.ValueWriter;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;
import io.newsgraph.core.sql.SqlParameter;

/**
 * Compiles pages of lists as Relay connections: top-level ones, paged both ways and narrowed by a filter, and nested
 * ones, paged forward. A plan is compiled for one way of paging (forward or backward, from a cursor or not, in one
 * order): a request that pages another way is left to the resolvers.
 */
final class ConnectionPlanner {

    private final Compilation compilation;
    private final EntityTables tables;

    ConnectionPlanner(Compilation compilation) {
        this.compilation = compilation;
        this.tables = compilation.tables;
    }

    <C> Compiled topConnection(ExecutableNormalizedField field, QueryField.TopConnection<C> source) {
        Map<String, Object> resolved = field.getResolvedArguments();
        boolean backward = resolved.get("last") != null || resolved.get("before") != null;
        boolean hasCursor = resolved.get(backward ? "before" : "after") != null;
        KeysetOrder<C> order = source.order().apply(resolved);
        Listing<C> listed = source.listing().of(resolved, compilation.visibility);
        List<FilterField> filters = presentFilters(source, resolved.get(source.filterArgument()));
        int binding = compilation.bind(field, arguments -> {
            PageRequest request = PageRequest.of(integer(arguments.get("first")), (String) arguments.get("after"),
                    integer(arguments.get("last")), (String) arguments.get("before"));
            checkShape(request, backward, hasCursor, source.order().apply(arguments), order);
            if (!source.listing().of(arguments, compilation.visibility).equals(listed)) {
                throw new NotPlannable("The plan was compiled for another list");
            }
            Object filter = arguments.get(source.filterArgument());
            if (!presentFilters(source, filter).equals(filters)) {
                throw new NotPlannable("The plan was compiled for other filter fields");
            }
            Object[] values = new Object[filters.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = filters.get(i).decode((String) ((Map<?, ?>) filter).get(filters.get(i).field()));
            }
            return new PageArguments(request, hasCursor ? order.keysetOf(request.cursor()) : null, values);
        });
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            int position = i;
            conditions.add(filters.get(i).condition(new SqlParameter.Bound<>(PlanBindings.class,
                    bindings -> bindings.page(binding).filterValues()[position])));
        }
        Listing<C> listing = listed.narrowedBy(Condition.all(conditions));
        compilation.readsTopLevel(compilation.subjects.listOf(listing, order));
        return connection(field, listing, order, null, backward, hasCursor, binding);
    }

    <C> Compiled nestedConnection(PlannedField.NestedConnection<C> source, ExecutableNormalizedField field,
            Sql parentKey) {
        Map<String, Object> resolved = field.getResolvedArguments();
        boolean hasCursor = resolved.get("after") != null;
        KeysetOrder<C> order = source.order().apply(resolved);
        int binding = compilation.bind(field, arguments -> {
            PageRequest request = PageRequest.forward(integer(arguments.get("first")), (String) arguments.get("after"));
            checkShape(request, false, hasCursor, source.order().apply(arguments), order);
            return new PageArguments(request, hasCursor ? order.keysetOf(request.cursor()) : null, new Object[0]);
        });
        Compiled connection = connection(field, source.listing(), order, parentKey, false, hasCursor, binding);
        return new Compiled(connection.slot(), connection.writer(), compilation.subjects.listOf(source.listing(), order));
    }

    /**
     * A page of a list as a Relay connection. The inner query reads one row more than the page, in the order the page
     * is read in (reversed for {@code last}/{@code before}), by keyset from the cursor, with each selected node's slots
     * built only for those rows; the outer one aggregates them into the connection's slots: the number of rows read
     * first, then those of the selected parts.
     */
    private <C> Compiled connection(ExecutableNormalizedField field, Listing<C> listing, KeysetOrder<C> order,
            Sql parentKey, boolean backward, boolean hasCursor, int binding) {
        compilation.pagedBy(field, binding);
        Class<C> entity = listing.entity();
        ReadModel.TypeModel type = compilation.model.typeOf(entity);
        SortDirection display = order.direction();
        SortDirection read = backward ? display.reversed() : display;
        Sql row = compilation.newAlias();
        Sql page = compilation.newAlias();

        List<Sql> columns = new ArrayList<>(PlanSql.sortAndKey(PlanSql.column(tables, entity, order.attribute(), row),
                PlanSql.id(tables, entity, row)));
        Sql cursor = PlanSql.cursor(order.valueType(), page);
        List<Sql> slots = new ArrayList<>(List.of(PlanSql.rowsRead()));
        List<ConnectionWriter.Part> parts = new ArrayList<>();
        for (ExecutableNormalizedField part : field.getChildren()) {
            String key = part.getResultKey();
            switch (part.getName()) {
                case PlanCompiler.TYPE_NAME -> parts.add(new ConnectionWriter.ValuePart(key,
                        ScalarWriters.constant(compilation.typeName(field))));
                case "totalCount" -> {
                    Compiled count = totalCount(listing, parentKey);
                    slots.add(count.slot());
                    parts.add(new ConnectionWriter.ValuePart(key, count.writer()));
                }
                case "edges" -> {
                    List<Sql> edgeSlots = new ArrayList<>();
                    List<FieldStep> edgeSteps = new ArrayList<>();
                    for (ExecutableNormalizedField edgeField : part.getChildren()) {
                        edge(edgeField, part, type, order, row, page, cursor, columns).addTo(edgeField, edgeSlots,
                                edgeSteps);
                    }
                    slots.add(PlanSql.edges(PlanSql.object(edgeSlots), page, display));
                    parts.add(new ConnectionWriter.EdgesPart(key, new ObjectWriter(edgeSteps)));
                }
                case "pageInfo" -> {
                    ConnectionWriter.PageInfoPart pageInfo = pageInfo(part, order);
                    if (pageInfo.readsSlot()) {
                        slots.add(pageInfoCursors(pageInfo, cursor, page, read, backward, binding));
                    }
                    parts.add(pageInfo);
                }
                default -> throw new NotPlannable("Unknown connection field " + part.getName());
            }
        }
        Sql where = listing.where(tables, row, parentKey);
        if (hasCursor) {
            where = PlanSql.and(where, order.after(tables, entity, row, read,
                    PlanSql.keysetValue(order.valueType(),
                            Compilation.bound(binding, page(argument -> Jdbc.value(argument.keyset().value())))),
                    PlanSql.keysetKey(Compilation.bound(binding, page(argument -> argument.keyset().id())))));
        }
        Sql rows = PlanSql.pageRows(columns, listing.from(tables, row, parentKey), where,
                order.orderBy(tables, entity, row, read),
                // one row more than the page tells whether another page follows
                Compilation.bound(binding, page(argument -> argument.request().size() + 1)));
        return new Compiled(PlanSql.connection(PlanSql.object(slots), rows, page), new ConnectionWriter(binding, parts));
    }

    /**
     * A connection's {@code totalCount}. A top-level list's count is the same for every request that binds the same
     * values into its SQL until the content changes, so it comes from the count cache when the cache has it (a
     * parameter), and is counted otherwise; the count of a nested list (an author's articles, a tag's under a page of
     * tags) is counted in the statement, since it is per parent, whose key only the statement finds, and bounded by the
     * parent's index.
     */
    private Compiled totalCount(Listing<?> listing, Sql parentKey) {
        if (parentKey != null) {
            Sql counted = compilation.newAlias();
            return new Compiled(PlanSql.count(listing.from(tables, counted, parentKey),
                    listing.where(tables, counted, parentKey)), ScalarWriters.COPY);
        }
        Sql count = PlanSql.count(listing.from(tables, PlanSql.COUNTED, null), listing.where(tables, PlanSql.COUNTED, null));
        int index = compilation.cachedCount(new PlannedCount(count.jdbcText(), count.parameters(),
                compilation.subjects.listOf(listing, null)));
        Sql cached = Sql.parameter(new SqlParameter.Bound<>(PlanBindings.class, bindings -> bindings.count(index).cached()));
        return new Compiled(PlanSql.cachedCount(cached, count), new CountWriter(index));
    }

    /** A field of an edge: its cursor, or its node, whose slots the page's rows carry as a column of their own. */
    private Compiled edge(ExecutableNormalizedField edgeField, ExecutableNormalizedField edges, ReadModel.TypeModel type,
            KeysetOrder<?> order, Sql row, Sql page, Sql cursor, List<Sql> columns) {
        return switch (edgeField.getName()) {
            case PlanCompiler.TYPE_NAME -> new Compiled(null, ScalarWriters.constant(compilation.typeName(edges)));
            case "cursor" -> new Compiled(cursor, new CursorWriter(order));
            case "node" -> {
                Fields node = compilation.objects.fields(type, edgeField, row);
                String column = "n" + columns.size();
                columns.add(PlanSql.pageColumn(PlanSql.object(node.slots()), column));
                yield new Compiled(PlanSql.ofPage(page, column), node.writer());
            }
            default -> throw new NotPlannable("Unknown edge field " + edgeField.getName());
        };
    }

    private ConnectionWriter.PageInfoPart pageInfo(ExecutableNormalizedField part, KeysetOrder<?> order) {
        List<ConnectionWriter.PageInfoPart.PageInfoField> fields = new ArrayList<>();
        for (ExecutableNormalizedField child : part.getChildren()) {
            ConnectionWriter.PageInfoPart.Kind kind = switch (child.getName()) {
                case "hasNextPage" -> ConnectionWriter.PageInfoPart.Kind.HAS_NEXT_PAGE;
                case "hasPreviousPage" -> ConnectionWriter.PageInfoPart.Kind.HAS_PREVIOUS_PAGE;
                case "startCursor" -> ConnectionWriter.PageInfoPart.Kind.START_CURSOR;
                case "endCursor" -> ConnectionWriter.PageInfoPart.Kind.END_CURSOR;
                case PlanCompiler.TYPE_NAME -> ConnectionWriter.PageInfoPart.Kind.TYPE_NAME;
                default -> throw new NotPlannable("Unknown page info field " + child.getName());
            };
            ValueWriter writer = kind == ConnectionWriter.PageInfoPart.Kind.TYPE_NAME
                    ? ScalarWriters.constant(compilation.typeName(part))
                    : new CursorWriter(order);
            fields.add(new ConnectionWriter.PageInfoPart.PageInfoField(child.getResultKey(), kind, writer));
        }
        return new ConnectionWriter.PageInfoPart(part.getResultKey(), fields);
    }

    /**
     * The cursors {@code pageInfo} asks for, in its order: those of the first and last rows of the page, picked from
     * the rows read (in reading order, the page's own rows come first).
     */
    private static Sql pageInfoCursors(ConnectionWriter.PageInfoPart pageInfo, Sql cursor, Sql page, SortDirection read,
            boolean backward, int binding) {
        Sql cursors = PlanSql.cursorsRead(cursor, page, read);
        Sql firstRead = PlanSql.first(cursors);
        Sql lastOnPage = PlanSql.lastShown(cursors, Compilation.bound(binding, page(argument -> argument.request().size())));
        List<Sql> slots = new ArrayList<>();
        for (ConnectionWriter.PageInfoPart.PageInfoField field : pageInfo.fields()) {
            if (field.kind() == ConnectionWriter.PageInfoPart.Kind.START_CURSOR) {
                slots.add(backward ? lastOnPage : firstRead);
            } else if (field.kind() == ConnectionWriter.PageInfoPart.Kind.END_CURSOR) {
                slots.add(backward ? firstRead : lastOnPage);
            }
        }
        return PlanSql.object(slots);
    }

    private static void checkShape(PageRequest request, boolean backward, boolean hasCursor, KeysetOrder<?> order,
            KeysetOrder<?> planned) {
        if (request.backward() != backward || request.hasCursor() != hasCursor || !order.equals(planned)) {
            throw new NotPlannable("The plan was compiled for another way of paging");
        }
    }

    /** An {@code Int} argument: SmallRye GraphQL's scalar resolves it as a {@code BigDecimal}. */
    private static Integer integer(Object value) {
        return value == null ? null
                : value instanceof BigDecimal decimal ? decimal.intValueExact() : Math.toIntExact(((Number) value).longValue());
    }

    private static List<FilterField> presentFilters(QueryField.TopConnection<?> source, Object filter) {
        if (!(filter instanceof Map<?, ?> values)) {
            return List.of();
        }
        return source.filterFields().stream().filter(field -> values.get(field.field()) != null).toList();
    }

    private static Function<Object, Object> page(Function<PageArguments, Object> value) {
        return argument -> value.apply((PageArguments) argument);
    }
}
