package io.newsgraph.core.sql;

import java.util.Arrays;
import java.util.List;

/**
 * A condition on the rows of an entity, in terms of its attributes: what a reader may see (published
 * articles, approved comments) or what a client filters by. Written once, rendered into SQL for any alias,
 * wherever rows of that entity are read.
 */
@FunctionalInterface
public interface Condition {

    /** The condition on rows of {@code entity} aliased {@code alias}. */
    Sql render(EntityTables tables, Class<?> entity, Sql alias);

    /** No condition at all. */
    static Condition always() {
        return Always.INSTANCE;
    }

    /**
     * The attribute equals the value: an enum constant of the model (written as a literal, so that PostgreSQL
     * can use the partial indexes that name it), a value known now, or a {@link SqlParameter}.
     */
    static Condition equal(String attribute, Object value) {
        return (tables, entity, alias) -> Sql.of("%s.%s = %s", alias, tables.column(entity, attribute), valueOf(value));
    }

    /**
     * A boolean attribute is true, written as the column alone: the form of the partial indexes' predicates, which
     * PostgreSQL then matches whatever plan it caches.
     */
    static Condition isTrue(String attribute) {
        return (tables, entity, alias) -> Sql.of("%s.%s", alias, tables.column(entity, attribute));
    }

    static Condition isNull(String attribute) {
        return (tables, entity, alias) -> Sql.of("%s.%s is null", alias, tables.column(entity, attribute));
    }

    /** Every one of the conditions. */
    static Condition all(Condition... conditions) {
        return all(Arrays.asList(conditions));
    }

    static Condition all(List<Condition> conditions) {
        List<Condition> some = conditions.stream().filter(condition -> condition != Always.INSTANCE).toList();
        if (some.isEmpty()) {
            return always();
        }
        if (some.size() == 1) {
            return some.get(0);
        }
        return (tables, entity, alias) -> Sql.of("(%s)", Sql.join(" and ",
                some.stream().map(condition -> condition.render(tables, entity, alias)).toList()));
    }

    /** The row's to-one relation points to a row that meets {@code onTarget}, e.g. an author with a slug. */
    static Condition related(String toOneAttribute, Condition onTarget) {
        return (tables, entity, alias) -> {
            Class<?> target = tables.target(entity, toOneAttribute);
            Sql targetAlias = Sql.alias(alias.jdbcText() + "_t");
            return Sql.of("%s.%s in (select %s.%s from %s %s where %s)", alias, tables.column(entity, toOneAttribute),
                    targetAlias, tables.idColumn(target), tables.table(target), targetAlias,
                    onTarget.render(tables, target, targetAlias));
        };
    }

    /** The row's collection holds the element with this key, e.g. an article with a tag. */
    static Condition contains(String collectionAttribute, Object elementKey) {
        return (tables, entity, alias) -> {
            EntityTables.CollectionTable collection = tables.collection(entity, collectionAttribute);
            Sql link = Sql.alias(alias.jdbcText() + "_c");
            return Sql.of("exists (select 1 from %s %s where %s.%s = %s.%s and %s.%s = %s)", collection.table(), link,
                    link, collection.ownerKey(), alias, tables.idColumn(entity), link, collection.elementKey(),
                    valueOf(elementKey));
        };
    }

    /** The row's collection holds an element that meets {@code onElement}, e.g. an article with a tag's slug. */
    static Condition containsWhere(String collectionAttribute, Condition onElement) {
        return (tables, entity, alias) -> {
            EntityTables.CollectionTable collection = tables.collection(entity, collectionAttribute);
            Class<?> element = collection.elementEntity();
            Sql link = Sql.alias(alias.jdbcText() + "_c");
            Sql elementAlias = Sql.alias(alias.jdbcText() + "_ce");
            return Sql.of("exists (select 1 from %s %s join %s %s on %s.%s = %s.%s where %s.%s = %s.%s and %s)",
                    collection.table(), link, tables.table(element), elementAlias, elementAlias, tables.idColumn(element),
                    link, collection.elementKey(), link, collection.ownerKey(), alias, tables.idColumn(entity),
                    onElement.render(tables, element, elementAlias));
        };
    }

    /** A BCP 47 language attribute is the tag or one of its regional forms: {@code fr} matches {@code fr-CA}. */
    static Condition languageOrSubtag(String attribute, Object tag) {
        return (tables, entity, alias) -> {
            Sql column = tables.column(entity, attribute);
            // the tag is validated first, so it holds no LIKE wildcard
            return Sql.of("(%s.%s = %s or %s.%s like %s || '-%')", alias, column, valueOf(tag), alias, column,
                    valueOf(tag));
        };
    }

    private static Sql valueOf(Object value) {
        if (value instanceof SqlParameter parameter) {
            return Sql.parameter(parameter);
        }
        if (value instanceof Enum<?> constant) {
            return Sql.constant(constant);
        }
        return Sql.value(value);
    }

    /** The condition every row meets, which {@link #all} leaves out. */
    final class Always implements Condition {

        private static final Condition INSTANCE = new Always();

        private Always() {
        }

        @Override
        public Sql render(EntityTables tables, Class<?> entity, Sql alias) {
            return Sql.of("true");
        }
    }
}
