package io.newsgraph.core.events;

/**
 * What {@link ContentChanges} tells its subscribers, on its listening thread, one call at a time and in commit order.
 * Each call must return quickly and never block: it holds up the delivery of every later change to every subscriber.
 */
public interface ContentChangeSubscriber {

    /** A statement changed the content, and its transaction committed. */
    void changed(ContentChange change);

    /**
     * The service listens again, after it started or after an {@link #interrupted() interruption}: from now on every
     * change committed is delivered; those committed while it did not listen never will be.
     */
    void listening();

    /** The service stopped listening (the connection broke): changes may be missed until {@link #listening()}. */
    void interrupted();
}
