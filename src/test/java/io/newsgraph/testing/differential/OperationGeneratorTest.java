package io.newsgraph.testing.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;

/**
 * The generator on its own, against the committed schema and without a service: the same seed gives the same
 * operations, and what it means to be valid is valid GraphQL (its own check throws otherwise).
 */
class OperationGeneratorTest {

    private static final GraphQLSchema SCHEMA = ServedSchema.committed();

    @Test
    void theSameSeedGivesTheSameOperations() {
        assertEquals(texts(7, 200), texts(7, 200));
    }

    @Test
    void anotherSeedGivesOtherOperations() {
        assertTrue(!texts(7, 50).equals(texts(8, 50)));
    }

    @Test
    void operationsOfEveryGroupAreGeneratedWithoutAnyAnswerToLearnFrom() {
        OperationGenerator generator = new OperationGenerator(SCHEMA, new KnownValues(), 1);
        List<CaseGroup> groups = new ArrayList<>();
        for (int number = 1; number <= 500; number++) {
            groups.add(generator.next(number).group());
        }
        for (CaseGroup group : List.of(CaseGroup.REGULAR, CaseGroup.INVALID_ARGUMENT, CaseGroup.OVER_LIMIT,
                CaseGroup.DIVERGENT_ARGUMENTS)) {
            assertTrue(groups.contains(group), group::name);
        }
    }

    private static List<String> texts(long seed, int count) {
        OperationGenerator generator = new OperationGenerator(SCHEMA, new KnownValues(), seed);
        List<String> texts = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            ReadRequest request = generator.next(number).request();
            texts.add(request.query() + Json.write(request.variables()) + request.operationName() + request.accept());
        }
        return texts;
    }
}
