package io.newsgraph.core.planning;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;

import io.agroal.api.AgroalDataSource;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.newsgraph.core.json.RawJsonReader;
import io.newsgraph.core.json.ResponseJson;
import io.newsgraph.core.planning.compiler.Jdbc;
import io.newsgraph.core.planning.compiler.Plan;
import io.newsgraph.core.planning.writers.PlanBindings;

/**
 * Runs a planned read: its one prepared statement, whose single JSON value is read as bytes and streamed by the plan's
 * writers into the response body, in the bytes the resolvers' answer would have.
 */
@ApplicationScoped
class PlanExecution {

    private final AgroalDataSource dataSource;

    PlanExecution(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The response body. Blocks on the database; a database failure is thrown as a {@link PlannedReadFailure}. */
    ByteBuf execute(PlannedReads.PlannedRead read) {
        Plan plan = read.plan();
        PlanBindings bindings = read.bindings();
        byte[] result;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(plan.sql())) {
            Jdbc.bind(statement, plan.parameters(), bindings);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                result = rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw new PlannedReadFailure(e);
        }
        ByteBuf body = Unpooled.buffer(result.length + result.length / 2);
        try (JsonGenerator out = ResponseJson.generator(new ByteBufOutputStream(body))) {
            out.writeStartObject();
            out.writeFieldName("data");
            plan.data().write(new RawJsonReader(result), out, bindings);
            out.writeEndObject();
        } catch (IOException | RuntimeException e) {
            body.release();
            throw new IllegalStateException("A planned read could not write its answer. Statement: " + plan.sql(), e);
        }
        return body;
    }
}
