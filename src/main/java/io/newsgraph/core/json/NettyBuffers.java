package io.newsgraph.core.json;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/**
 * Netty's buffers seen as Vert.x's and back, without copying their bytes: answers are written into Netty buffers and
 * sent as Vert.x buffers, request bodies are parsed and answers hashed where they lie. Vert.x 4.5 deprecates both
 * views, because Vert.x 5 moves them out of its public API, and has no public replacement that does not copy; the
 * deprecation is acknowledged here, in one place, rather than wherever a buffer crosses.
 */
public final class NettyBuffers {

    private NettyBuffers() {
    }

    @SuppressWarnings("deprecation") // see the class's comment
    public static Buffer asVertx(ByteBuf bytes) {
        return Buffer.buffer(bytes);
    }

    @SuppressWarnings("deprecation") // see the class's comment
    public static ByteBuf asNetty(Buffer bytes) {
        return bytes.getByteBuf();
    }
}
