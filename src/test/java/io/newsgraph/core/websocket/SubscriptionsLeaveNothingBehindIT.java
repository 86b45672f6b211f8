package io.newsgraph.core.websocket;

import java.util.OptionalLong;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SubscriptionsLeaveNothingBehindIT extends SubscriptionsLeaveNothingBehindTest {

    /** None: the application's heap is in another process, whose shipped options make a leak fatal instead. */
    @Override
    OptionalLong heapInUseAfterCollection() {
        return OptionalLong.empty();
    }
}
