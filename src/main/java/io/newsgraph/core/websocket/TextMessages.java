package io.newsgraph.core.websocket;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;

/**
 * Puts a socket's text messages together from their frames, up to a size: graphql-transport-ws sends JSON text, and a
 * message may come in fragments. Vert.x's own assembly drops a message over its limit without a word; here the socket
 * is told, by {@link TooBig}.
 */
final class TextMessages {

    /** A message, or its fragments so far, larger than the socket may send. */
    static final class TooBig extends Exception {

        @Serial
        private static final long serialVersionUID = 1L;

        TooBig(long max) {
            super("A message may take " + max + " bytes at most.", null, false, false);
        }
    }

    /** A binary message, which graphql-transport-ws does not have. */
    static final class NotText extends Exception {

        @Serial
        private static final long serialVersionUID = 1L;

        NotText() {
            super("graphql-transport-ws messages are text.", null, false, false);
        }
    }

    private final long maxBytes;
    private Buffer pending;

    TextMessages(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Takes a data frame in; control frames (ping, pong, close), which Vert.x answers itself, are no part of a message.
     *
     * @return the message the frame completes, or nothing while it is incomplete
     */
    Optional<String> add(WebSocketFrame frame) throws TooBig, NotText {
        if (frame.isBinary() || frame.isContinuation() && pending == null) {
            throw new NotText();
        }
        if (!frame.isText() && !frame.isContinuation()) {
            return Optional.empty();
        }
        Buffer data = frame.binaryData();
        long size = (pending == null ? 0 : pending.length()) + (long) data.length();
        if (size > maxBytes) {
            pending = null;
            throw new TooBig(maxBytes);
        }
        if (frame.isFinal() && pending == null) {
            return Optional.of(data.toString(StandardCharsets.UTF_8));
        }
        pending = pending == null ? Buffer.buffer().appendBuffer(data) : pending.appendBuffer(data);
        if (!frame.isFinal()) {
            return Optional.empty();
        }
        String message = pending.toString(StandardCharsets.UTF_8);
        pending = null;
        return Optional.of(message);
    }
}
