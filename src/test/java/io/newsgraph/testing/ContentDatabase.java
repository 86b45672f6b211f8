package io.newsgraph.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Connections of the test's own to the service's database, as another copy of the service or psql would open them:
 * under {@code @QuarkusTest} with the datasource's configuration, under {@code @QuarkusIntegrationTest} with what
 * {@link PostgresTestResource} gave the packaged application (test resources also set it for the test itself).
 */
public final class ContentDatabase {

    private ContentDatabase() {
    }

    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }

    /** Runs one statement in a transaction of its own, committed when it returns; the rows it changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row of a query, if it has a row. */
    public static Optional<Object> queryValue(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getObject(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of a query, as numbers, in the query's order. */
    public static List<Long> queryKeys(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
