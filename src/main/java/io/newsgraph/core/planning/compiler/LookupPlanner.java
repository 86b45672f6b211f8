package io.newsgraph.core.planning.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.writers.BoundRead;
import io.newsgraph.core.planning.writers.NodeWriter;
import io.newsgraph.core.planning.writers.ObjectWriter;
import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.planning.writers.PlanBindings.NodeArgument;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Sql;

/**
 * Compiles the top-level fields that find one row: {@code thing(id: …)} or {@code thing(slug: …)}, and
 * {@code node(id:)}, with a branch per node type of which the id's type picks one. A row that is not found is an answer
 * too: the writers record what finding it read, since the row may appear.
 */
final class LookupPlanner {

    private final Compilation compilation;

    LookupPlanner(Compilation compilation) {
        this.compilation = compilation;
    }

    /** {@code thing(id: …)} or {@code thing(slug: …)}: one row the requester may find, or null. */
    Compiled lookup(ExecutableNormalizedField field, QueryField.Lookup lookup) {
        ReadModel.TypeModel type = compilation.model.typeOf(lookup.entity());
        Listing<?> reachable = type.reachableBy(compilation.visibility);
        Map<String, Object> resolved = field.getResolvedArguments();
        boolean byId = resolved.get("id") != null;
        if (byId == (resolved.get("slug") != null)) {
            throw new NotPlannable("The resolvers refuse a lookup without exactly one of id and slug");
        }
        int binding = compilation.bind(field, arguments -> {
            if ((arguments.get("id") != null) != byId || (arguments.get("slug") != null) == byId) {
                throw new NotPlannable("The plan looks up by " + (byId ? "id" : "slug"));
            }
            return byId ? GlobalId.decodeKey((String) arguments.get("id"), type.name()) : arguments.get("slug");
        });
        Sql alias = compilation.newAlias();
        Compiled object = compilation.objects.object(type, field, alias);
        Sql key = byId
                ? PlanSql.keyEquals(PlanSql.id(compilation.tables, type.entity(), alias),
                        Compilation.bound(binding, Function.identity()))
                : PlanSql.textEquals(PlanSql.column(compilation.tables, type.entity(), lookup.slugAttribute(), alias),
                        Compilation.bound(binding, Function.identity()));
        BoundRead whenNull = byId ? rowById(type.entity(), reachable, bindings -> (Long) bindings.value(binding))
                : noRowWithSlug(reachable, lookup.slugAttribute());
        return new Compiled(PlanSql.lookup(object.slot(), compilation.tables.table(type.entity()), alias,
                reachable.where(compilation.tables, alias, null), key),
                ((ObjectWriter) object.writer()).whenNull(whenNull));
    }

    /** {@code node(id:)}: one branch per node type, of which the id's type picks one. */
    Compiled node(ExecutableNormalizedField field) {
        List<ReadModel.TypeModel> types = List.copyOf(compilation.model.nodeTypes().values());
        List<String> names = types.stream().map(ReadModel.TypeModel::name).toList();
        int binding = compilation.bind(field, arguments -> {
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
            Sql alias = compilation.newAlias();
            ObjectPlanner.Fields fields = compilation.objects.fields(type, field, alias);
            List<Sql> slots = new ArrayList<>();
            slots.add(PlanSql.literal(index));
            slots.addAll(fields.slots());
            branches.add(PlanSql.nodeBranch(PlanSql.object(slots), compilation.tables.table(type.entity()), alias,
                    Compilation.bound(binding, argument -> names.indexOf(((NodeArgument) argument).type())), index,
                    PlanSql.id(compilation.tables, type.entity(), alias),
                    Compilation.bound(binding, argument -> ((NodeArgument) argument).key()),
                    type.reachableBy(compilation.visibility).where(compilation.tables, alias, null)));
            writers.add(fields.writer());
        }
        Map<String, BoundRead> idReads = new HashMap<>();
        for (ReadModel.TypeModel type : types) {
            idReads.put(type.name(), rowById(type.entity(), type.reachableBy(compilation.visibility),
                    bindings -> ((NodeArgument) bindings.value(binding)).key()));
        }
        return new Compiled(PlanSql.firstOf(branches), new NodeWriter(writers,
                bindings -> idReads.get(((NodeArgument) bindings.value(binding)).type()).record(bindings)));
    }

    /** A row looked up by a key the request gives: read whether it is found or not. */
    private BoundRead rowById(Class<?> entity, Listing<?> listing, Function<PlanBindings, Long> key) {
        ReadSubject.Rows rows = compilation.subjects.rows(entity);
        Optional<ReadSubject.ListOf> beyond = compilation.subjects.beyondRow(listing);
        return bindings -> {
            bindings.reads().read(rows, key.apply(bindings));
            beyond.ifPresent(list -> bindings.reads().read(list, Reads.TOP_LEVEL));
        };
    }

    /** A row looked up by slug and not found: one may appear with a change to what finding it reads. */
    private BoundRead noRowWithSlug(Listing<?> reachable, String slugAttribute) {
        ReadSubject.ListOf withSlug = compilation.subjects.listOf(
                reachable.narrowedBy(Condition.equal(slugAttribute, "")), null);
        return bindings -> bindings.reads().read(withSlug, Reads.TOP_LEVEL);
    }
}
