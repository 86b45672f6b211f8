package io.newsgraph.core.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The changes to the content, from every client of the database (this copy of the service, another one, a migration,
 * psql), as the triggers of the content tables notify them, delivered to {@link ContentChangeSubscriber}s: the
 * response cache evicts what they affect, and subscriptions can tell their clients.
 * <p>
 * One connection of its own per copy LISTENs, opened with the datasource's URL, user and password but outside its
 * pool (a pool would validate, recycle and count it against requests), on a platform thread of its own that waits in
 * pgjdbc's {@link PGConnection#getNotifications(int)}: PostgreSQL delivers a notification at COMMIT, so it arrives
 * within a network round trip, and the driver is the one the service already has (Vert.x's reactive client would be
 * a second driver, a second pool configuration and more for the native executable). When the connection breaks
 * (the database restarts, someone ends the process), subscribers learn it is {@link ContentChangeSubscriber#interrupted
 * interrupted} and the thread connects again, waiting longer after each failure up to {@value #MAX_RETRY_MILLIS} ms.
 * Listening starts with the first subscriber.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class);
    private static final String APPLICATION_NAME = "newsgraph content changes";
    /** How long the thread waits for a notification before it checks that the connection still answers. */
    private static final int CHECK_SECONDS = 5;
    private static final int FIRST_RETRY_MILLIS = 100;
    private static final int MAX_RETRY_MILLIS = 5_000;

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final List<ContentChangeSubscriber> subscribers = new CopyOnWriteArrayList<>();
    /** Held while delivering, so that a subscriber that joins sees every change after it learnt the state. */
    private final Object delivery = new Object();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Counter received;
    private final Counter interruptions;
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile Connection connection;

    ContentChanges(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, MeterRegistry registry) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.received = Counter.builder("content.changes.received")
                .description("Changes to the content notified by PostgreSQL and delivered to the subscribers")
                .register(registry);
        this.interruptions = Counter.builder("content.changes.interruptions")
                .description("Times the connection listening for changes to the content broke")
                .register(registry);
        Gauge.builder("content.changes.listening", this, changes -> changes.listening ? 1 : 0)
                .description("1 while this copy listens for changes to the content, 0 while it does not")
                .register(registry);
    }

    /**
     * Delivers the changes to the content to {@code subscriber} from now on, and tells it at once whether the service
     * listens. Closing the returned subscription stops the delivery.
     */
    public AutoCloseable subscribe(ContentChangeSubscriber subscriber) {
        synchronized (delivery) {
            subscribers.add(subscriber);
            if (listening) {
                subscriber.listening();
            } else {
                subscriber.interrupted();
            }
        }
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::listen, "newsgraph-content-changes");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> subscribers.remove(subscriber);
    }

    /** Whether every change committed now will be delivered. */
    public boolean listening() {
        return listening;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Connection current = connection;
        if (current != null) {
            try {
                // unlike close(), abort() does not wait for the thread blocked in getNotifications
                current.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debugf("Aborting the listening connection: %s", e.getMessage());
            }
        }
    }

    private void listen() {
        long retryMillis = FIRST_RETRY_MILLIS;
        while (!stopping) {
            try (Connection listener = connect()) {
                connection = listener;
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + ChangeNotifications.CHANNEL);
                }
                setListening(true);
                LOG.info("Listening for changes to the content");
                retryMillis = FIRST_RETRY_MILLIS;
                receive(listener);
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (listening) {
                    interruptions.increment();
                    LOG.warnf("Stopped listening for changes to the content (%s); connecting again", e.getMessage());
                }
                setListening(false);
            }
            sleep(retryMillis);
            retryMillis = Math.min(MAX_RETRY_MILLIS, retryMillis * 2);
        }
    }

    private void receive(Connection listener) throws SQLException {
        PGConnection notifications = listener.unwrap(PGConnection.class);
        while (!stopping) {
            PGNotification[] arrived = notifications.getNotifications(CHECK_SECONDS * 1000);
            if (arrived == null || arrived.length == 0) {
                // a connection whose peer vanished without closing it would otherwise wait for ever
                if (!listener.isValid(CHECK_SECONDS)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                continue;
            }
            for (PGNotification notification : arrived) {
                deliver(notification.getParameter());
            }
        }
    }

    private void deliver(String payload) {
        ContentChange change;
        try {
            change = ChangeNotifications.parse(payload);
        } catch (IllegalArgumentException e) {
            // not a notification the triggers send: whatever it meant, a subscriber cannot know what changed
            LOG.warnf("A notification on %s that the service cannot read: %s", ChangeNotifications.CHANNEL, payload);
            setListening(false);
            setListening(true);
            return;
        }
        synchronized (delivery) {
            for (ContentChangeSubscriber subscriber : subscribers) {
                try {
                    subscriber.changed(change);
                } catch (RuntimeException e) {
                    LOG.error("A subscriber to the changes to the content failed", e);
                }
            }
        }
        received.increment();
    }

    private void setListening(boolean now) {
        synchronized (delivery) {
            if (listening == now) {
                return;
            }
            listening = now;
            for (ContentChangeSubscriber subscriber : subscribers) {
                if (now) {
                    subscriber.listening();
                } else {
                    subscriber.interrupted();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "3");
        Connection listener = new Driver().connect(url, properties);
        if (listener == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return listener;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
