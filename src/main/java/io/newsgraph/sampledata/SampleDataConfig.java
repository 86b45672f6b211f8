package io.newsgraph.sampledata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

@ConfigMapping(prefix = "newsgraph.sample-data")
public interface SampleDataConfig {

    /** Whether to load the sample content into an empty database at start-up. */
    @WithParentName
    @WithDefault("false")
    boolean enabled();
}
