package io.newsgraph.sampledata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "newsgraph")
public interface SampleDataConfig {

    /** Whether to load the sample content into an empty database at start-up. */
    @WithName("sample-data")
    @WithDefault("false")
    boolean enabled();
}
