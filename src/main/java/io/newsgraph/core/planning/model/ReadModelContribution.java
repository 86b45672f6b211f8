package io.newsgraph.core.planning.model;

/**
 * What a feature tells the read planner about the GraphQL types and fields it owns: which entity a type is
 * read from, which attribute each field reads, which relation each nested field follows. Each feature
 * produces one; names of tables and columns come from the entity model, never from here.
 */
public interface ReadModelContribution {

    void declare(ReadModel.Declarations declarations);
}
