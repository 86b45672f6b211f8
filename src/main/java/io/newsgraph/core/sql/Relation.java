package io.newsgraph.core.sql;

/**
 * How the rows of a nested list belong to their parent: an author's articles, an article's tags. Rendered as the
 * tables the rows are read from and a condition on them and the parent's key, whatever SQL that key comes from.
 */
public interface Relation {

    /** The tables the rows of {@code entity} are read from, the entity's own aliased {@code alias}. */
    default Sql from(EntityTables tables, Class<?> entity, Sql alias) {
        return Sql.of("%s %s", tables.table(entity), alias);
    }

    /** The condition that the row of {@code entity} aliased {@code alias} belongs to the parent {@code parentKey}. */
    Sql belongsTo(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey);

    /**
     * The column that holds the parent's key for the rows of {@code entity}: the one a change to the content names to
     * say under which parents a list changed.
     */
    TableColumn parentKey(EntityTables tables, Class<?> entity);

    /** The listed row's to-one relation points to the parent: an article's author, a comment's article. */
    static Relation byForeignKey(String toOneAttribute) {
        return new ByForeignKey(toOneAttribute);
    }

    /** The listed row's collection holds the parent: the articles of a tag, through the article's tags. */
    static Relation byOwnCollection(String collectionAttribute) {
        return new ByOwnCollection(collectionAttribute);
    }

    /**
     * The parent's collection holds the listed row: the tags of an article, through the article's tags. The rows are
     * read through the collection's table, from the parent's few links to the rows by key, rather than by testing
     * every row of the entity for a link.
     */
    static Relation byParentCollection(Class<?> parentEntity, String collectionAttribute) {
        return new ByParentCollection(parentEntity, collectionAttribute);
    }

    private static Sql link(Sql alias) {
        return Sql.alias(alias.jdbcText() + "_p");
    }

    record ByForeignKey(String toOneAttribute) implements Relation {

        @Override
        public Sql belongsTo(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            return Sql.of("%s.%s = %s", alias, tables.column(entity, toOneAttribute), parentKey);
        }

        @Override
        public TableColumn parentKey(EntityTables tables, Class<?> entity) {
            return new TableColumn(tables.table(entity).jdbcText(), tables.column(entity, toOneAttribute).jdbcText());
        }
    }

    record ByOwnCollection(String collectionAttribute) implements Relation {

        @Override
        public Sql belongsTo(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            EntityTables.CollectionTable collection = tables.collection(entity, collectionAttribute);
            Sql link = link(alias);
            return Sql.of("exists (select 1 from %s %s where %s.%s = %s.%s and %s.%s = %s)", collection.table(), link,
                    link, collection.ownerKey(), alias, tables.idColumn(entity), link, collection.elementKey(), parentKey);
        }

        @Override
        public TableColumn parentKey(EntityTables tables, Class<?> entity) {
            EntityTables.CollectionTable collection = tables.collection(entity, collectionAttribute);
            return new TableColumn(collection.table().jdbcText(), collection.elementKey().jdbcText());
        }
    }

    record ByParentCollection(Class<?> parentEntity, String collectionAttribute) implements Relation {

        @Override
        public Sql from(EntityTables tables, Class<?> entity, Sql alias) {
            EntityTables.CollectionTable collection = tables.collection(parentEntity, collectionAttribute);
            Sql link = link(alias);
            return Sql.of("%s %s join %s %s on %s.%s = %s.%s", collection.table(), link, tables.table(entity), alias,
                    alias, tables.idColumn(entity), link, collection.elementKey());
        }

        @Override
        public Sql belongsTo(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            return Sql.of("%s.%s = %s", link(alias), tables.collection(parentEntity, collectionAttribute).ownerKey(),
                    parentKey);
        }

        @Override
        public TableColumn parentKey(EntityTables tables, Class<?> entity) {
            EntityTables.CollectionTable collection = tables.collection(parentEntity, collectionAttribute);
            return new TableColumn(collection.table().jdbcText(), collection.ownerKey().jdbcText());
        }
    }
}
