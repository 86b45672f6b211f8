package io.newsgraph.core.persistence;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.newsgraph.core.error.ConnectionLoss;
import io.quarkus.agroal.runtime.AgroalConnectionConfigurer;
import io.quarkus.agroal.runtime.JdbcDriver;
import io.quarkus.arc.Unremovable;

/**
 * Makes the pool discard a connection whose statement failed because the connection is gone (see
 * {@link ConnectionLoss}), instead of lending it again: with no validation before each borrow, that failure is
 * how a connection broken by a database restart is found while in use (idle ones are found by the background
 * validation).
 *
 * <p>
 * It takes the place of the PostgreSQL extension's configurer, whose sorter knows class 08 only, so that a
 * connection the server ended with 57P01 went back to the pool and failed once more. In dev mode and tests it also
 * settles the tie between that configurer and the embedded PostgreSQL's, which left the pool with no sorter at all
 * (Quarkus's warning "Agroal does not support detecting if a connection is still usable after an exception").
 */
@Alternative
@Priority(1)
@JdbcDriver("postgresql")
@Singleton
// looked up by Quarkus's datasource set-up, which CDI cannot see
@Unremovable
class PostgresPoolConfigurer implements AgroalConnectionConfigurer {

    @Override
    public void setExceptionSorter(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource) {
        dataSource.connectionPoolConfiguration()
                .exceptionSorter(failure -> ConnectionLoss.isSignalledBy(failure.getSQLState()));
    }

    /** As the PostgreSQL extension does, for a native executable built without SSL support. */
    @Override
    public void disableSslSupport(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource,
            Map<String, String> additionalJdbcProperties) {
        dataSource.connectionPoolConfiguration().connectionFactoryConfiguration().jdbcProperty("sslmode", "disable");
    }
}
