package io.newsgraph.core.planning.model;

import io.newsgraph.core.sql.Condition;

/** A field of a list's filter input: how its value is checked and decoded, and the condition it adds. */
public interface FilterField {

    /** The field's name in the GraphQL input type. */
    String field();

    /** The client's value, checked and decoded for SQL; throws a client error when it is invalid. */
    Object decode(String value);

    /** The condition for a decoded value, or for a parameter that will carry one. */
    Condition condition(Object decodedValue);
}
