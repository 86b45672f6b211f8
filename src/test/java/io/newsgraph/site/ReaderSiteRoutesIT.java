package io.newsgraph.site;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReaderSiteRoutesIT extends ReaderSiteRoutesTest {
}
