package io.newsgraph.core.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.planning.PlanBindings.NodeArgument;
import io.newsgraph.core.planning.PlanBindings.PageArguments;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;
import io.newsgraph.core.sql.SqlParameter;

/**
 * Compiles a normalised read operation into a {@link Plan}: one statement that builds, in PostgreSQL, a JSON
 * array of "slots" per object (positional, so that no key is written twice and no key order is lost), with
 * to-one relations and counts as correlated subqueries and each connection as a keyset-paged subquery, and
 * the writers that turn those slots into the response. Only the selected fields are read. Which column a
 * field reads comes from the {@link ReadModel} and the entity model; every argument is a bound parameter.
 * The writers also record what the answer read ({@link RowReads}), for the response cache: every object that is a row
 * starts with its key, and a to-one relation with its foreign key.
 */
final class PlanCompiler {

    /** PostgreSQL functions take at most 100 arguments: a wider object is left to the resolvers. */
    private static final int MAX_SLOTS = 100;
    private static final String TYPE_NAME = "__typename";
    private static final String NODE = "node";

    private final ReadModel model;
    private final EntityTables tables;
    private final ReadSubjects subjects;
    private final GraphQLSchema schema;

    PlanCompiler(ReadModel model, EntityTables tables, ReadSubjects subjects, GraphQLSchema schema) {
        this.model = model;
        this.tables = tables;
        this.subjects = subjects;
        this.schema = schema;
    }

    /** The plan, or {@link NotPlannable} when the operation asks for something the read model does not know. */
    Plan compile(ExecutableNormalizedOperation operation) {
        return new Compilation().plan(operation);
    }

    /**
     * What one field compiles to: its slot (null when it needs none), its writer, and the list it reads under the row
     * it is a field of, if any.
     */
    private record Compiled(Sql slot, ValueWriter writer, ReadSubject.ListOf nestedList) {
        Compiled(Sql slot, ValueWriter writer) {
            this(slot, writer, null);
        }
    }

    /** The slots and writers of a row's fields, its key first, and what writing them records. */
    private record Fields(List<Sql> slots, List<FieldStep> steps, RowReads reads) {
        ObjectWriter writer() {
            return new ObjectWriter(steps, reads);
        }
    }

    private final class Compilation {

        private final List<FieldBinder> binders = new ArrayList<>();
        private final Map<ExecutableNormalizedField, Integer> pageBindings = new HashMap<>();
        private final List<ReadSubject.ListOf> topLevelLists = new ArrayList<>();
        private int aliases;

        Plan plan(ExecutableNormalizedOperation operation) {
            List<Sql> slots = new ArrayList<>();
            List<FieldStep> steps = new ArrayList<>();
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                Compiled compiled = queryField(field);
                if (compiled.slot() != null) {
                    slots.add(compiled.slot());
                }
                steps.add(new FieldStep(field.getResultKey(), compiled.writer()));
            }
            Sql statement = Sql.of("select %s", array(slots));
            CostNode cost = new CostNode(-1, operation.getTopLevelFields().stream().map(this::cost).toList());
            return new Plan(statement.jdbcText(), statement.parameters(), new ObjectWriter(steps), List.copyOf(binders),
                    cost, List.copyOf(topLevelLists));
        }

        private Compiled queryField(ExecutableNormalizedField field) {
            if (field.getName().equals(TYPE_NAME)) {
                return new Compiled(null, ScalarWriters.constant(schema.getQueryType().getName()));
            }
            if (field.getName().equals(NODE)) {
                return node(field);
            }
            QueryField source = model.queryField(field.getName())
                    .orElseThrow(() -> new NotPlannable("Query." + field.getName() + " is not in the read model"));
            if (source instanceof QueryField.Lookup lookup) {
                return lookup(field, lookup);
            }
            return topConnection(field, (QueryField.TopConnection<?>) source);
        }

        // --- objects and their fields ------------------------------------------------------------------

        private Compiled object(ReadModel.TypeModel type, List<ExecutableNormalizedField> fields, Sql row) {
            Fields compiled = fields(type, fields, row);
            return new Compiled(array(compiled.slots()), compiled.writer());
        }

        private Fields fields(ReadModel.TypeModel type, List<ExecutableNormalizedField> fields, Sql row) {
            List<Sql> slots = new ArrayList<>(List.of(id(type.entity(), row)));
            List<FieldStep> steps = new ArrayList<>();
            List<ReadSubject.ListOf> nestedLists = new ArrayList<>();
            for (ExecutableNormalizedField field : fields) {
                if (!field.getObjectTypeNames().contains(type.name())) {
                    continue;
                }
                Compiled compiled = field(type, field, row);
                if (compiled.slot() != null) {
                    slots.add(compiled.slot());
                }
                if (compiled.nestedList() != null) {
                    nestedLists.add(compiled.nestedList());
                }
                steps.add(new FieldStep(field.getResultKey(), compiled.writer()));
            }
            return new Fields(slots, steps, new RowReads(subjects.rows(type.entity()), nestedLists,
                    subjects.beyondRow(type.visible())));
        }

        private Compiled field(ReadModel.TypeModel type, ExecutableNormalizedField field, Sql row) {
            if (field.getName().equals(TYPE_NAME)) {
                return new Compiled(null, ScalarWriters.constant(type.name()));
            }
            PlannedField source = type.fields().get(field.getName());
            Class<?> entity = type.entity();
            if (source == null) {
                throw new NotPlannable(type.name() + "." + field.getName() + " is not in the read model");
            }
            if (source instanceof PlannedField.GlobalIdOfRow) {
                return new Compiled(id(entity, row), ScalarWriters.globalId(type.name()));
            }
            if (source instanceof PlannedField.Attribute attribute) {
                return value(column(entity, attribute.attribute(), row), tables.javaType(entity, attribute.attribute()));
            }
            if (source instanceof PlannedField.Derived derived) {
                return new Compiled(column(entity, derived.attribute(), row), ScalarWriters.derived(derived.compute()));
            }
            if (source instanceof PlannedField.Embedded embedded) {
                return embedded(entity, embedded, field, row);
            }
            if (source instanceof PlannedField.ToOne toOne) {
                return toOne(entity, toOne.attribute(), field, row);
            }
            if (source instanceof PlannedField.Elements elements) {
                return elements(entity, elements, field, row);
            }
            if (source instanceof PlannedField.NestedList<?> list) {
                return nestedList(list, field, id(entity, row));
            }
            if (source instanceof PlannedField.NestedConnection<?> connection) {
                return nestedConnection(connection, field, id(entity, row));
            }
            return count(((PlannedField.Count) source).listing(), id(entity, row));
        }

        /** A leaf value of a column: timestamps leave PostgreSQL as seconds since the epoch. */
        private Compiled value(Sql column, Class<?> javaType) {
            if (javaType == Instant.class) {
                return new Compiled(Sql.of("extract(epoch from %s)", column), ScalarWriters.DATE_TIME);
            }
            if (javaType == String.class || javaType.isEnum() || javaType == Integer.class || javaType == int.class
                    || javaType == Long.class || javaType == long.class || javaType == Boolean.class
                    || javaType == boolean.class) {
                return new Compiled(column, ScalarWriters.COPY);
            }
            throw new NotPlannable("No writer for attributes of type " + javaType.getSimpleName());
        }

        private Compiled embedded(Class<?> entity, PlannedField.Embedded embedded, ExecutableNormalizedField field,
                Sql row) {
            List<Sql> slots = new ArrayList<>();
            List<FieldStep> steps = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                Compiled compiled;
                if (child.getName().equals(TYPE_NAME)) {
                    compiled = new Compiled(null, ScalarWriters.constant(typeName(field)));
                } else {
                    String attribute = attributeOf(embedded.attributesByField(), field, child);
                    compiled = value(column(entity, attribute, row), tables.javaType(entity, attribute));
                }
                add(compiled, child, slots, steps);
            }
            return new Compiled(Sql.of("case when %s is null then null else %s end",
                    column(entity, embedded.presentWhen(), row), array(slots)), new ObjectWriter(steps));
        }

        private Compiled toOne(Class<?> entity, String attribute, ExecutableNormalizedField field, Sql row) {
            Class<?> target = tables.target(entity, attribute);
            ReadModel.TypeModel type = model.typeOf(target);
            Sql alias = newAlias();
            Compiled object = object(type, field.getChildren(), alias);
            Sql foreignKey = column(entity, attribute, row);
            return new Compiled(Sql.of("json_build_array(%s, (select %s from %s %s where %s = %s and %s))", foreignKey,
                    object.slot(), tables.table(target), alias, id(target, alias), foreignKey, where(type.visible(), alias)),
                    new ToOneWriter(subjects.rows(target), (ObjectWriter) object.writer()));
        }

        private Compiled elements(Class<?> entity, PlannedField.Elements elements, ExecutableNormalizedField field,
                Sql row) {
            EntityTables.CollectionTable collection = tables.collection(entity, elements.attribute());
            Sql alias = newAlias();
            List<Sql> slots = new ArrayList<>();
            List<FieldStep> steps = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                Compiled compiled;
                if (child.getName().equals(TYPE_NAME)) {
                    compiled = new Compiled(null, ScalarWriters.constant(typeName(field)));
                } else {
                    String attribute = attributeOf(elements.attributesByField(), field, child);
                    compiled = value(Sql.of("%s.%s", alias, collection.elementColumn(attribute)),
                            collection.elementTypes().get(attribute));
                }
                add(compiled, child, slots, steps);
            }
            return new Compiled(Sql.of("(select coalesce(json_agg(%s order by %s.%s), '[]') from %s %s where %s.%s = %s)",
                    array(slots), alias, collection.elementColumn(elements.orderBy()), collection.table(), alias, alias,
                    collection.ownerKey(), id(entity, row)), new ListWriter(new ObjectWriter(steps)));
        }

        private <C> Compiled nestedList(PlannedField.NestedList<C> list, ExecutableNormalizedField field, Sql parentKey) {
            Listing<C> listing = list.listing();
            ReadModel.TypeModel type = model.typeOf(listing.entity());
            Sql alias = newAlias();
            Compiled object = object(type, field.getChildren(), alias);
            Sql orderBy = list.order().orderBy(tables, listing.entity(), alias, list.order().direction());
            return new Compiled(Sql.of("(select coalesce(json_agg(%s order by %s), '[]') from %s where %s)",
                    object.slot(), orderBy, listing.from(tables, alias, parentKey), listing.where(tables, alias, parentKey)),
                    new ListWriter((ObjectWriter) object.writer()), subjects.listOf(listing, list.order()));
        }

        private Compiled count(Listing<?> listing, Sql parentKey) {
            Sql alias = newAlias();
            return new Compiled(Sql.of("(select count(*) from %s where %s)", listing.from(tables, alias, parentKey),
                    listing.where(tables, alias, parentKey)), ScalarWriters.COPY, subjects.listOf(listing, null));
        }

        // --- query fields --------------------------------------------------------------------------------

        /** {@code thing(id: …)} or {@code thing(slug: …)}: one visible row, or null. */
        private Compiled lookup(ExecutableNormalizedField field, QueryField.Lookup lookup) {
            ReadModel.TypeModel type = model.typeOf(lookup.entity());
            Map<String, Object> resolved = field.getResolvedArguments();
            boolean byId = resolved.get("id") != null;
            if (byId == (resolved.get("slug") != null)) {
                throw new NotPlannable("The resolvers refuse a lookup without exactly one of id and slug");
            }
            int binding = bind(field, arguments -> {
                if ((arguments.get("id") != null) != byId || (arguments.get("slug") != null) == byId) {
                    throw new NotPlannable("The plan looks up by " + (byId ? "id" : "slug"));
                }
                return byId ? GlobalId.decodeKey((String) arguments.get("id"), type.name()) : arguments.get("slug");
            });
            Sql alias = newAlias();
            Compiled object = object(type, field.getChildren(), alias);
            Sql key = byId
                    ? Sql.of("%s = cast(%s as bigint)", id(type.entity(), alias), bound(binding, Function.identity()))
                    : Sql.of("%s = cast(%s as text)", column(type.entity(), lookup.slugAttribute(), alias),
                            bound(binding, Function.identity()));
            return new Compiled(Sql.of("(select %s from %s %s where %s and %s)", object.slot(),
                    tables.table(type.entity()), alias, where(type.visible(), alias), key),
                    ((ObjectWriter) object.writer()).whenNull(byId ? rowById(type.entity(), type.visible(),
                            bindings -> (Long) bindings.value(binding)) : noRowWithSlug(type, lookup.slugAttribute())));
        }

        /** {@code node(id:)}: one branch per node type, of which the id's type picks one. */
        private Compiled node(ExecutableNormalizedField field) {
            List<ReadModel.TypeModel> types = List.copyOf(model.nodeTypes().values());
            List<String> names = types.stream().map(ReadModel.TypeModel::name).toList();
            int binding = bind(field, arguments -> {
                GlobalId id = GlobalId.decode((String) arguments.get("id"));
                if (!names.contains(id.type())) {
                    throw new NotPlannable("The resolvers refuse an id of an unknown type");
                }
                return new NodeArgument(id.type(), id.key());
            });
            List<Sql> branches = new ArrayList<>();
            List<ObjectWriter> writers = new ArrayList<>();
            for (int index = 0; index < types.size(); index++) {
                ReadModel.TypeModel type = types.get(index);
                Sql alias = newAlias();
                Fields fields = fields(type, field.getChildren(), alias);
                List<Sql> slots = new ArrayList<>();
                // the branch's number, as a literal: a parameter here would have no type PostgreSQL can infer
                slots.add(Sql.of(Integer.toString(index)));
                slots.addAll(fields.slots());
                int typeIndex = index;
                branches.add(Sql.of("(select %s from %s %s where cast(%s as integer) = %s and %s = cast(%s as bigint) and %s)",
                        array(slots), tables.table(type.entity()), alias,
                        bound(binding, argument -> names.indexOf(((NodeArgument) argument).type())),
                        Sql.of(Integer.toString(typeIndex)),
                        id(type.entity(), alias), bound(binding, argument -> ((NodeArgument) argument).key()),
                        where(type.reachableById(), alias)));
                writers.add(fields.writer());
            }
            Map<String, BoundRead> idReads = new HashMap<>();
            for (ReadModel.TypeModel type : types) {
                idReads.put(type.name(), rowById(type.entity(), type.reachableById(),
                        bindings -> ((NodeArgument) bindings.value(binding)).key()));
            }
            return new Compiled(Sql.of("coalesce(%s)", Sql.join(", ", branches)), new NodeWriter(writers,
                    bindings -> idReads.get(((NodeArgument) bindings.value(binding)).type()).record(bindings)));
        }

        // --- connections ---------------------------------------------------------------------------------

        private <C> Compiled topConnection(ExecutableNormalizedField field, QueryField.TopConnection<C> source) {
            Map<String, Object> resolved = field.getResolvedArguments();
            boolean backward = resolved.get("last") != null || resolved.get("before") != null;
            boolean hasCursor = resolved.get(backward ? "before" : "after") != null;
            KeysetOrder<C> order = source.order().apply(resolved);
            List<FilterField> filters = presentFilters(source, resolved.get(source.filterArgument()));
            int binding = bind(field, arguments -> {
                PageRequest request = PageRequest.of(integer(arguments.get("first")), (String) arguments.get("after"),
                        integer(arguments.get("last")), (String) arguments.get("before"));
                checkShape(request, backward, hasCursor, source.order().apply(arguments), order);
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
            Listing<C> listing = source.listing().narrowedBy(Condition.all(conditions));
            topLevelLists.add(subjects.listOf(listing, order));
            return connection(field, listing, order, null, backward, hasCursor, binding);
        }

        private <C> Compiled nestedConnection(PlannedField.NestedConnection<C> source, ExecutableNormalizedField field,
                Sql parentKey) {
            Map<String, Object> resolved = field.getResolvedArguments();
            boolean hasCursor = resolved.get("after") != null;
            KeysetOrder<C> order = source.order().apply(resolved);
            int binding = bind(field, arguments -> {
                PageRequest request = PageRequest.forward(integer(arguments.get("first")), (String) arguments.get("after"));
                checkShape(request, false, hasCursor, source.order().apply(arguments), order);
                return new PageArguments(request, hasCursor ? order.keysetOf(request.cursor()) : null, new Object[0]);
            });
            Compiled connection = connection(field, source.listing(), order, parentKey, false, hasCursor, binding);
            return new Compiled(connection.slot(), connection.writer(), subjects.listOf(source.listing(), order));
        }

        /** A row looked up by a key the request gives: read whether it is found or not. */
        private BoundRead rowById(Class<?> entity, Listing<?> listing, Function<PlanBindings, Long> key) {
            ReadSubject.Rows rows = subjects.rows(entity);
            Optional<ReadSubject.ListOf> beyond = subjects.beyondRow(listing);
            return bindings -> {
                bindings.reads().read(rows, key.apply(bindings));
                beyond.ifPresent(list -> bindings.reads().read(list, Reads.TOP_LEVEL));
            };
        }

        /** A row looked up by slug and not found: one may appear with a change to what finding it reads. */
        private BoundRead noRowWithSlug(ReadModel.TypeModel type, String slugAttribute) {
            ReadSubject.ListOf withSlug = subjects.listOf(type.visible().narrowedBy(Condition.equal(slugAttribute, "")),
                    null);
            return bindings -> bindings.reads().read(withSlug, Reads.TOP_LEVEL);
        }

        /**
         * A page of a list as a Relay connection. The inner query reads one row more than the page, in the
         * order the page is read in (reversed for {@code last}/{@code before}), by keyset from the cursor, with
         * each selected node's slots built only for those rows; the outer one aggregates them into the
         * connection's slots: the number of rows read first, then those of the selected parts.
         */
        private <C> Compiled connection(ExecutableNormalizedField field, Listing<C> listing, KeysetOrder<C> order,
                Sql parentKey, boolean backward, boolean hasCursor, int binding) {
            pageBindings.put(field, binding);
            Class<C> entity = listing.entity();
            ReadModel.TypeModel type = model.typeOf(entity);
            SortDirection display = order.direction();
            SortDirection read = backward ? display.reversed() : display;
            Sql row = newAlias();
            Sql page = newAlias();

            List<Sql> columns = new ArrayList<>(List.of(Sql.of("%s.%s as s", row, tables.column(entity, order.attribute())),
                    Sql.of("%s as k", id(entity, row))));
            Sql cursor = Sql.of(order.valueType() == CursorValueType.INSTANT
                    ? "json_build_array(extract(epoch from %s.s), %s.k)"
                    : "json_build_array(%s.s, %s.k)", page, page);
            List<Sql> slots = new ArrayList<>(List.of(Sql.of("count(*)")));
            List<ConnectionWriter.Part> parts = new ArrayList<>();
            for (ExecutableNormalizedField part : field.getChildren()) {
                String key = part.getResultKey();
                switch (part.getName()) {
                    case TYPE_NAME -> parts.add(new ConnectionWriter.ValuePart(key, ScalarWriters.constant(typeName(field))));
                    case "totalCount" -> {
                        Sql counted = newAlias();
                        slots.add(Sql.of("(select count(*) from %s where %s)", listing.from(tables, counted, parentKey),
                                listing.where(tables, counted, parentKey)));
                        parts.add(new ConnectionWriter.ValuePart(key, ScalarWriters.COPY));
                    }
                    case "edges" -> {
                        List<Sql> edgeSlots = new ArrayList<>();
                        List<FieldStep> edgeSteps = new ArrayList<>();
                        for (ExecutableNormalizedField edgeField : part.getChildren()) {
                            Compiled compiled = switch (edgeField.getName()) {
                                case TYPE_NAME -> new Compiled(null, ScalarWriters.constant(typeName(part)));
                                case "cursor" -> new Compiled(cursor, new CursorWriter(order));
                                case "node" -> {
                                    Compiled node = object(type, edgeField.getChildren(), row);
                                    Sql column = Sql.alias("n" + columns.size());
                                    columns.add(Sql.of("%s as %s", node.slot(), column));
                                    yield new Compiled(Sql.of("%s.%s", page, column), node.writer());
                                }
                                default -> throw new NotPlannable("Unknown edge field " + edgeField.getName());
                            };
                            add(compiled, edgeField, edgeSlots, edgeSteps);
                        }
                        slots.add(Sql.of("coalesce(json_agg(%s order by %s.s " + display.sql() + ", %s.k " + display.sql()
                                + "), '[]')", array(edgeSlots), page, page));
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
            Sql keyset = hasCursor ? order.after(tables, entity, row, read,
                    Sql.of(order.valueType() == CursorValueType.INSTANT ? "cast(%s as timestamptz)" : "cast(%s as text)",
                            bound(binding, page(argument -> Jdbc.value(argument.keyset().value())))),
                    Sql.of("cast(%s as bigint)", bound(binding, page(argument -> argument.keyset().id())))) : null;
            Sql rows = Sql.of("select %s from %s where %s order by %s limit cast(%s as integer)",
                    Sql.join(", ", columns), listing.from(tables, row, parentKey),
                    keyset == null ? listing.where(tables, row, parentKey)
                            : Sql.of("%s and %s", listing.where(tables, row, parentKey), keyset),
                    order.orderBy(tables, entity, row, read),
                    // one row more than the page tells whether another page follows
                    bound(binding, page(argument -> argument.request().size() + 1)));
            return new Compiled(Sql.of("(select %s from (%s) %s)", array(slots), rows, page),
                    new ConnectionWriter(binding, parts));
        }

        private ConnectionWriter.PageInfoPart pageInfo(ExecutableNormalizedField part, KeysetOrder<?> order) {
            List<ConnectionWriter.PageInfoPart.PageInfoField> fields = new ArrayList<>();
            for (ExecutableNormalizedField child : part.getChildren()) {
                ConnectionWriter.PageInfoPart.Kind kind = switch (child.getName()) {
                    case "hasNextPage" -> ConnectionWriter.PageInfoPart.Kind.HAS_NEXT_PAGE;
                    case "hasPreviousPage" -> ConnectionWriter.PageInfoPart.Kind.HAS_PREVIOUS_PAGE;
                    case "startCursor" -> ConnectionWriter.PageInfoPart.Kind.START_CURSOR;
                    case "endCursor" -> ConnectionWriter.PageInfoPart.Kind.END_CURSOR;
                    case TYPE_NAME -> ConnectionWriter.PageInfoPart.Kind.TYPE_NAME;
                    default -> throw new NotPlannable("Unknown page info field " + child.getName());
                };
                ValueWriter writer = kind == ConnectionWriter.PageInfoPart.Kind.TYPE_NAME
                        ? ScalarWriters.constant(typeName(part))
                        : new CursorWriter(order);
                fields.add(new ConnectionWriter.PageInfoPart.PageInfoField(child.getResultKey(), kind, writer));
            }
            return new ConnectionWriter.PageInfoPart(part.getResultKey(), fields);
        }

        /**
         * The cursors {@code pageInfo} asks for, in its order: those of the first and last rows of the page, picked
         * from the rows read (in reading order, the page's own rows come first).
         */
        private Sql pageInfoCursors(ConnectionWriter.PageInfoPart pageInfo, Sql cursor, Sql page, SortDirection read,
                boolean backward, int binding) {
            Sql cursors = Sql.of("(array_agg(%s order by %s.s " + read.sql() + ", %s.k " + read.sql() + "))", cursor, page,
                    page);
            Sql firstRead = Sql.of("%s[1]", cursors);
            Sql lastOnPage = Sql.of("%s[least(count(*), cast(%s as integer))]", cursors,
                    bound(binding, page(argument -> argument.request().size())));
            List<Sql> slots = new ArrayList<>();
            for (ConnectionWriter.PageInfoPart.PageInfoField field : pageInfo.fields()) {
                if (field.kind() == ConnectionWriter.PageInfoPart.Kind.START_CURSOR) {
                    slots.add(backward ? lastOnPage : firstRead);
                } else if (field.kind() == ConnectionWriter.PageInfoPart.Kind.END_CURSOR) {
                    slots.add(backward ? firstRead : lastOnPage);
                }
            }
            return array(slots);
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
                    : ((Number) value) instanceof java.math.BigDecimal decimal ? decimal.intValueExact()
                            : Math.toIntExact(((Number) value).longValue());
        }

        private static List<FilterField> presentFilters(QueryField.TopConnection<?> source, Object filter) {
            if (!(filter instanceof Map<?, ?> values)) {
                return List.of();
            }
            return source.filterFields().stream().filter(field -> values.get(field.field()) != null).toList();
        }

        // --- helpers -------------------------------------------------------------------------------------

        private int bind(ExecutableNormalizedField field, Function<Map<String, Object>, Object> decoder) {
            GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
            int index = binders.size();
            binders.add(new FieldBinder(index, definition.getArguments(), field.getAstArguments(), decoder));
            return index;
        }

        private static Sql bound(int binding, Function<Object, Object> value) {
            return Sql.parameter(new SqlParameter.Bound<>(PlanBindings.class,
                    bindings -> value.apply(bindings.value(binding))));
        }

        private static Function<Object, Object> page(Function<PageArguments, Object> value) {
            return argument -> value.apply((PageArguments) argument);
        }

        private CostNode cost(ExecutableNormalizedField field) {
            return new CostNode(pageBindings.getOrDefault(field, -1), field.getChildren().stream().map(this::cost).toList());
        }

        private Sql newAlias() {
            return Sql.alias("t" + ++aliases);
        }

        private Sql id(Class<?> entity, Sql alias) {
            return Sql.of("%s.%s", alias, tables.idColumn(entity));
        }

        private Sql column(Class<?> entity, String attribute, Sql alias) {
            return Sql.of("%s.%s", alias, tables.column(entity, attribute));
        }

        private Sql where(Listing<?> listing, Sql alias) {
            return listing.where(tables, alias, null);
        }

        private String typeName(ExecutableNormalizedField field) {
            GraphQLUnmodifiedType type = GraphQLTypeUtil.unwrapAll(field.getType(schema));
            return type.getName();
        }

        private static String attributeOf(Map<String, String> attributesByField, ExecutableNormalizedField parent,
                ExecutableNormalizedField child) {
            String attribute = attributesByField.get(child.getName());
            if (attribute == null) {
                throw new NotPlannable(parent.getName() + "." + child.getName() + " is not in the read model");
            }
            return attribute;
        }

        private static void add(Compiled compiled, ExecutableNormalizedField field, List<Sql> slots, List<FieldStep> steps) {
            if (compiled.slot() != null) {
                slots.add(compiled.slot());
            }
            steps.add(new FieldStep(field.getResultKey(), compiled.writer()));
        }

        private static Sql array(List<Sql> slots) {
            if (slots.size() > MAX_SLOTS) {
                throw new NotPlannable("An object with more than " + MAX_SLOTS + " slots");
            }
            return Sql.of("json_build_array(%s)", Sql.join(", ", slots));
        }
    }
}
