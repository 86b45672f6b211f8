package io.newsgraph.sampledata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** Loads the sample content at start-up when {@code newsgraph.sample-data} is true. */
@ApplicationScoped
class SampleDataLoader {

    private final SampleDataConfig config;
    private final SampleDataImporter importer;

    SampleDataLoader(SampleDataConfig config, SampleDataImporter importer) {
        this.config = config;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            importer.importIntoEmptyDatabase();
        }
    }
}
