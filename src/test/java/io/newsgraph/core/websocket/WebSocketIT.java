package io.newsgraph.core.websocket;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class WebSocketIT extends WebSocketTest {
}
