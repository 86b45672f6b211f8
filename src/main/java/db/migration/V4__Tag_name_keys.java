package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.newsgraph.core.validation.NameKey;

/**
 * Tags are unique by what their names read as ({@link NameKey}), no longer by their exact text: adds the key column,
 * computes it for every tag (in Java: PostgreSQL has no confusable skeletons), and moves the unique constraint to it.
 * Tags whose names already read the same stop the migration, naming them, since which one should stay is an editor's
 * choice.
 */
public class V4__Tag_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table tag add column name_key varchar(64)");
            keyNames(connection, statement);
            statement.execute("alter table tag alter column name_key set not null,"
                    + " add constraint tag_name_key_key unique (name_key), drop constraint tag_name_key");
        }
    }

    private static void keyNames(Connection connection, Statement statement) throws SQLException {
        Map<String, String> namesByKey = new HashMap<>();
        List<String> alike = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select id, name from tag order by id");
                PreparedStatement update = connection.prepareStatement("update tag set name_key = ? where id = ?")) {
            while (rows.next()) {
                String name = rows.getString("name");
                String key = NameKey.of(name);
                String earlier = namesByKey.putIfAbsent(key, name);
                if (earlier != null) {
                    alike.add("'" + earlier + "' and '" + name + "'");
                }
                update.setString(1, key);
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            if (!alike.isEmpty()) {
                throw new IllegalStateException("These tags have names that read the same, which tags may no longer"
                        + " have: " + String.join(", ", alike) + ". Rename one of each pair (or move its articles to"
                        + " the other and delete it), then start the service again.");
            }
            update.executeBatch();
        }
    }
}
