package io.newsgraph.core.sql;

/**
 * How the rows of a nested list belong to their parent: an author's articles, an article's tags. Rendered
 * as a condition on the listed row and the parent's key, whatever SQL that key comes from.
 */
public interface Relation {

    /** The condition that the row of {@code entity} aliased {@code alias} belongs to the parent {@code parentKey}. */
    Sql render(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey);

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

    /** The parent's collection holds the listed row: the tags of an article, through the article's tags. */
    static Relation byParentCollection(Class<?> parentEntity, String collectionAttribute) {
        return new ByParentCollection(parentEntity, collectionAttribute);
    }

    record ByForeignKey(String toOneAttribute) implements Relation {

        @Override
        public Sql render(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            return Sql.of("%s.%s = %s", alias, tables.column(entity, toOneAttribute), parentKey);
        }

        @Override
        public TableColumn parentKey(EntityTables tables, Class<?> entity) {
            return new TableColumn(tables.table(entity).jdbcText(), tables.column(entity, toOneAttribute).jdbcText());
        }
    }

    record ByOwnCollection(String collectionAttribute) implements Relation {

        @Override
        public Sql render(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            EntityTables.CollectionTable collection = tables.collection(entity, collectionAttribute);
            Sql link = Sql.alias(alias.jdbcText() + "_p");
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
        public Sql render(EntityTables tables, Class<?> entity, Sql alias, Sql parentKey) {
            EntityTables.CollectionTable collection = tables.collection(parentEntity, collectionAttribute);
            Sql link = Sql.alias(alias.jdbcText() + "_p");
            return Sql.of("exists (select 1 from %s %s where %s.%s = %s.%s and %s.%s = %s)", collection.table(), link,
                    link, collection.elementKey(), alias, tables.idColumn(entity), link, collection.ownerKey(), parentKey);
        }

        @Override
        public TableColumn parentKey(EntityTables tables, Class<?> entity) {
            EntityTables.CollectionTable collection = tables.collection(parentEntity, collectionAttribute);
            return new TableColumn(collection.table().jdbcText(), collection.ownerKey().jdbcText());
        }
    }
}
