/**
 * Flyway's migrations that SQL cannot write, beside the SQL ones of {@code src/main/resources/db/migration}, in the
 * same order of versions.
 */
package db.migration;
