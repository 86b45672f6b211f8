package io.newsgraph.testing.differential;

/**
 * The invalid arguments the generator plants, one per operation of the {@link CaseGroup#INVALID_ARGUMENT} group:
 * every path must refuse them with the same errors.
 */
enum InvalidArgument {
    /** {@code after} or {@code before} that is no cursor at all, or a real cursor cut short. */
    MALFORMED_CURSOR,
    /** A cursor of the same list in the other order. */
    CURSOR_OF_ANOTHER_ORDER,
    /** {@code first} or {@code last} of 0 or less. */
    PAGE_SIZE_TOO_SMALL,
    /** {@code first} or {@code last} over the maximum page size. */
    PAGE_SIZE_TOO_BIG,
    /** {@code first} and {@code last} together. */
    FORWARD_AND_BACKWARD,
    /** {@code before} without {@code last}. */
    BEFORE_WITHOUT_LAST,
    /** An id of another type where an id of one type is expected (a lookup, a filter). */
    ID_OF_ANOTHER_TYPE,
    /** A lookup given both its id and its slug. */
    ID_AND_SLUG,
    /** A lookup given neither. */
    NEITHER_ID_NOR_SLUG,
    /** Text that is no id, or the id of a type the schema does not have. */
    MALFORMED_ID,
    /** A language that is no BCP 47 tag. */
    MALFORMED_LANGUAGE,
    /** A literal of the wrong GraphQL type, refused by validation. */
    WRONG_LITERAL_TYPE,
    /** A variable value of the wrong GraphQL type, refused when variables are coerced. */
    UNCOERCIBLE_VARIABLE
}
