package io.newsgraph.core.edge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.postgresql.Driver;

/**
 * Which copy of the service purges: the one holding a PostgreSQL advisory lock, on a connection of its own outside the
 * pool, for as long as that connection lives. When it ends (the copy stops or dies, the network breaks), PostgreSQL
 * releases the lock, and another copy takes it at its next try. Only the purging thread calls it.
 */
final class PurgerElection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PurgerElection.class);
    /** The advisory lock's key, the same in every copy: the first bytes of "newsgraph edge purges". */
    static final long LOCK = 0x6e65_7773_6564_6765L;
    private static final int CHECK_SECONDS = 2;

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private Connection connection;
    private boolean leads;

    PurgerElection(String url, Optional<String> username, Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Whether this copy holds the lock, as far as its connection still answers. */
    boolean leading() {
        if (!leads) {
            return false;
        }
        try {
            if (connection.isValid(CHECK_SECONDS)) {
                return true;
            }
        } catch (SQLException e) {
            LOG.debugf("Checking the purges' lock: %s", e.getMessage());
        }
        LOG.warn("Lost the connection holding the lock of the edge's purges: another copy may purge now");
        close();
        return false;
    }

    /** Takes the lock if no copy holds it, on the connection kept for it; whether this copy holds it now. */
    boolean tryLead() {
        try {
            if (connection == null) {
                connection = connect();
            }
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK);
                try (ResultSet result = statement.executeQuery()) {
                    leads = result.next() && result.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            LOG.debugf("Trying to take the purges' lock: %s", e.getMessage());
            close();
        }
        if (leads) {
            LOG.info("This copy purges the edge");
        }
        return leads;
    }

    @Override
    public void close() {
        Connection current = connection;
        connection = null;
        leads = false;
        if (current != null) {
            try {
                current.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debugf("Closing the connection of the purges' lock: %s", e.getMessage());
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "newsgraph edge purges");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "3");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return connection;
    }
}
