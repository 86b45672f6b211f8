package io.newsgraph.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SampleDataImporterTest {

    @Inject
    SampleDataImporter importer;

    @Inject
    EntityManager entityManager;

    @Test
    void theSampleIsLoadedOnceAndOnlyOnce() {
        List<Long> before = counts();
        importer.importIntoEmptyDatabase();
        assertEquals(before, counts());
        assertEquals(List.of((long) SampleContent.all("sources").size(), (long) SampleContent.all("authors").size(),
                (long) SampleContent.all("tags").size(), (long) SampleContent.all("articles").size()),
                before.subList(0, 4));
    }

    private List<Long> counts() {
        return List.of("source", "author", "tag", "article", "comment").stream()
                .map(table -> ((Number) entityManager.createNativeQuery("select count(*) from " + table)
                        .getSingleResult()).longValue())
                .toList();
    }
}
