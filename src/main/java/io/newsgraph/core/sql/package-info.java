/**
 * SQL built from the entity model rather than written by hand: table and column names from Hibernate's metamodel
 * ({@link io.newsgraph.core.sql.EntityTables}), conditions, relations between entities, and bound parameters. It uses no
 * other package.
 */
package io.newsgraph.core.sql;
