package io.newsgraph.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.ApolloRequests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersistedQueryStoreTest {

    @Inject
    PersistedQueryStore store;

    @Inject
    DocumentsConfig config;

    @Test
    void tenThousandDistinctLargeQueriesStayWithinTheBound() {
        long bound = config.persistedQueriesMaxBytes().asLongValue();
        String padding = "#" + "x".repeat(10_000) + "\n";
        long weightSent = 0;
        for (int i = 0; i < 10_000; i++) {
            String query = padding + "{ q" + i + ": tags(first: 1) { totalCount } }";
            String hash = ApolloRequests.sha256(query);
            store.register(hash, query);
            weightSent += PersistedQueryStore.weight(hash, query);
            long held = store.weightedSize();
            assertTrue(held <= bound, () -> held + " bytes held, over the bound of " + bound);
        }
        assertTrue(weightSent > 10 * bound, "the queries must weigh far more than the bound");
        assertTrue(store.weightedSize() > bound / 2, "the store must still hold queries");
    }

    @Test
    void aRegisteredQueryIsFoundByItsHash() {
        String query = "{ found: tags(first: 1) { totalCount } }";
        store.register(ApolloRequests.sha256(query), query);
        assertEquals(Optional.of(query), store.find(ApolloRequests.sha256(query)));
        assertEquals(Optional.empty(), store.find(ApolloRequests.sha256(query + " ")));
    }
}
