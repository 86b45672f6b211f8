package io.newsgraph.core.planning.compiler;

import java.util.List;

import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;

/**
 * The SQL the planner writes, every template in one place. PostgreSQL builds each object as a positional JSON array of
 * "slots" ({@link #object}); to-one relations and counts are correlated subqueries; a connection is a keyset-paged
 * subquery of its rows ({@link #pageRows}) aggregated into the connection's slots ({@link #connection}).
 */
final class PlanSql {

    /** PostgreSQL functions take at most 100 arguments: a wider object is left to the resolvers. */
    private static final int MAX_SLOTS = 100;

    /**
     * The alias of the rows a top-level list's {@link #cachedCount} counts: the same in every plan, so that the count's
     * SQL is the same text wherever the same list and filter are counted, and can identify the count in a cache. The
     * planner's own aliases are {@code t1}, {@code t2}, ..., and a top-level count is not correlated to them.
     */
    static final Sql COUNTED = Sql.alias("counted");

    private PlanSql() {
    }

    /** The statement: one value, the array of the top-level fields' slots. */
    static Sql statement(List<Sql> slots) {
        return Sql.of("select %s", object(slots));
    }

    /** An object: the array of its fields' slots. */
    static Sql object(List<Sql> slots) {
        if (slots.size() > MAX_SLOTS) {
            throw new NotPlannable("An object with more than " + MAX_SLOTS + " slots");
        }
        return Sql.of("json_build_array(%s)", Sql.join(", ", slots));
    }

    static Sql column(EntityTables tables, Class<?> entity, String attribute, Sql alias) {
        return Sql.of("%s.%s", alias, tables.column(entity, attribute));
    }

    static Sql id(EntityTables tables, Class<?> entity, Sql alias) {
        return Sql.of("%s.%s", alias, tables.idColumn(entity));
    }

    /** A timestamp as seconds since the epoch, with their fraction: what leaves PostgreSQL for a DateTime. */
    static Sql epochSeconds(Sql timestamp) {
        return Sql.of("extract(epoch from %s)", timestamp);
    }

    /** An object made of the row's own columns, null when its {@code presentWhen} column is. */
    static Sql embedded(Sql presentWhen, Sql object) {
        return Sql.of("case when %s is null then null else %s end", presentWhen, object);
    }

    /** {@code [foreign key, object]}: the row a to-one relation points to, if the reader may see it. */
    static Sql toOne(Sql foreignKey, Sql object, Sql table, Sql alias, Sql targetId, Sql visible) {
        return Sql.of("json_build_array(%s, (select %s from %s %s where %s = %s and %s))", foreignKey, object, table,
                alias, targetId, foreignKey, visible);
    }

    /** The values of an element collection of the row, in the order of one of their columns. */
    static Sql elements(Sql element, Sql orderColumn, Sql table, Sql alias, Sql ownerKey, Sql ownerId) {
        return Sql.of("(select coalesce(json_agg(%s order by %s), '[]') from %s %s where %s = %s)", element, orderColumn,
                table, alias, ownerKey, ownerId);
    }

    /** All the rows of a short nested list, in order. */
    static Sql list(Sql object, Sql orderBy, Sql from, Sql where) {
        return Sql.of("(select coalesce(json_agg(%s order by %s), '[]') from %s where %s)", object, orderBy, from, where);
    }

    static Sql count(Sql from, Sql where) {
        return Sql.of("(select count(*) from %s where %s)", from, where);
    }

    /**
     * A count the cache may give as a parameter: when it does, PostgreSQL evaluates {@code coalesce}'s arguments
     * lazily and never runs the count's subquery; when the parameter is null, it counts.
     */
    static Sql cachedCount(Sql cached, Sql count) {
        return Sql.of("coalesce(cast(%s as bigint), %s)", cached, count);
    }

    /** One visible row that meets {@code key}, or null. */
    static Sql lookup(Sql object, Sql table, Sql alias, Sql visible, Sql key) {
        return Sql.of("(select %s from %s %s where %s and %s)", object, table, alias, visible, key);
    }

    /** A key a request gives, as a parameter. */
    static Sql keyEquals(Sql column, Sql key) {
        return Sql.of("%s = cast(%s as bigint)", column, key);
    }

    /** A text a request gives, as a parameter. */
    static Sql textEquals(Sql column, Sql text) {
        return Sql.of("%s = cast(%s as text)", column, text);
    }

    /**
     * One branch of {@code node(id:)}: the row of the id's type and key, if the reader may reach it. The branch's number
     * is a literal: a parameter there would have no type PostgreSQL can infer.
     */
    static Sql nodeBranch(Sql object, Sql table, Sql alias, Sql typeIndex, int branch, Sql id, Sql key, Sql reachable) {
        return Sql.of("(select %s from %s %s where cast(%s as integer) = %s and %s = cast(%s as bigint) and %s)", object,
                table, alias, typeIndex, literal(branch), id, key, reachable);
    }

    /** The first of the branches that found a row. */
    static Sql firstOf(List<Sql> branches) {
        return Sql.of("coalesce(%s)", Sql.join(", ", branches));
    }

    static Sql literal(int value) {
        return Sql.of(Integer.toString(value));
    }

    // --- connections ---------------------------------------------------------------------------------

    /** The sort value and the key of a connection's row, as the columns {@code s} and {@code k} of its page. */
    static List<Sql> sortAndKey(Sql sortColumn, Sql id) {
        return List.of(Sql.of("%s as s", sortColumn), Sql.of("%s as k", id));
    }

    /** The cursor of a row of the page: {@code [sort value, key]}. */
    static Sql cursor(CursorValueType valueType, Sql page) {
        return Sql.of(valueType == CursorValueType.INSTANT ? "json_build_array(extract(epoch from %s.s), %s.k)"
                : "json_build_array(%s.s, %s.k)", page, page);
    }

    /** The number of rows read, the first slot of a connection. */
    static Sql rowsRead() {
        return Sql.of("count(*)");
    }

    /** A column of the page's rows, named as it is selected. */
    static Sql pageColumn(Sql expression, String name) {
        return Sql.of("%s as %s", expression, Sql.alias(name));
    }

    static Sql ofPage(Sql page, String column) {
        return Sql.of("%s.%s", page, Sql.alias(column));
    }

    /** The page's edges, in the order the list is shown. */
    static Sql edges(Sql edge, Sql page, SortDirection shown) {
        return Sql.of("coalesce(json_agg(%s order by %s.s " + shown.sql() + ", %s.k " + shown.sql() + "), '[]')", edge,
                page, page);
    }

    /** A keyset value a cursor gives, as a parameter of the type of the sort column. */
    static Sql keysetValue(CursorValueType valueType, Sql value) {
        return Sql.of(valueType == CursorValueType.INSTANT ? "cast(%s as timestamptz)" : "cast(%s as text)", value);
    }

    static Sql keysetKey(Sql key) {
        return Sql.of("cast(%s as bigint)", key);
    }

    /** The rows of a page: one more than it shows, which tells whether another page follows. */
    static Sql pageRows(List<Sql> columns, Sql from, Sql where, Sql orderBy, Sql limit) {
        return Sql.of("select %s from %s where %s order by %s limit cast(%s as integer)", Sql.join(", ", columns), from,
                where, orderBy, limit);
    }

    static Sql and(Sql first, Sql second) {
        return Sql.of("%s and %s", first, second);
    }

    /** A connection: its slots, aggregated over the rows of its page. */
    static Sql connection(Sql slots, Sql rows, Sql page) {
        return Sql.of("(select %s from (%s) %s)", slots, rows, page);
    }

    /** The cursors of the rows read, in the order they were read. */
    static Sql cursorsRead(Sql cursor, Sql page, SortDirection read) {
        return Sql.of("(array_agg(%s order by %s.s " + read.sql() + ", %s.k " + read.sql() + "))", cursor, page, page);
    }

    static Sql first(Sql array) {
        return Sql.of("%s[1]", array);
    }

    /** The last of the rows the page shows: the page's size, or fewer when fewer were read. */
    static Sql lastShown(Sql cursors, Sql pageSize) {
        return Sql.of("%s[least(count(*), cast(%s as integer))]", cursors, pageSize);
    }
}
