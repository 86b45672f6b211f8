package io.newsgraph.core.persistence;

import java.util.Arrays;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops the one start-up warning that the embedded PostgreSQL of dev mode and the tests causes: it sets
 * {@value #KEY} beside the JDBC URL, for a reactive client this service does not have, and Quarkus then warns at every
 * start that the key is unknown. The extension has no setting that leaves the key out, so the warning is dropped
 * here; any other unknown key is still reported. The console uses it in dev mode and the tests only, where that
 * PostgreSQL runs.
 */
@LoggingFilter(name = "embedded-postgresql")
public final class ReactiveUrlWarningFilter implements Filter {

    static final String KEY = "quarkus.datasource.reactive.url";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !("io.quarkus.config".equals(record.getLoggerName()) && record.getParameters() != null
                && Arrays.asList(record.getParameters()).contains(KEY));
    }
}
