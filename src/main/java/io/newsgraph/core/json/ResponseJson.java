package io.newsgraph.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * The one Jackson configuration that writes response bodies, so that every path answers with the bytes SmallRye
 * GraphQL has always written: Parsson's JSON (no spaces, members in the order written; only {@code "}, {@code \}
 * and characters below U+0020 escaped, as {@code \b \f \n \r \t} or as six-character escapes with lower-case hexadecimal
 * digits; everything else,
 * U+2028 and characters beyond the BMP included, as its UTF-8 bytes), encoded the way Java encodes a string to UTF-8,
 * which writes {@code ?} for a surrogate that is not half of a pair.
 * <p>
 * {@link JsonGenerator#writeString(String)}, {@link JsonGenerator#writeFieldName(String)} and
 * {@link JsonGenerator#writeRawValue(String)} give that last guarantee; the generator's other text methods write
 * their input as it is.
 */
public final class ResponseJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            // Jackson would otherwise escape both halves of a surrogate pair
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private ResponseJson() {
    }

    /** What writes a response body. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** A body written into a buffer, ready to send. */
    public static Buffer write(Body body) {
        ByteBuf bytes = Unpooled.buffer();
        try (JsonGenerator generator = generator(new ByteBufOutputStream(bytes))) {
            body.writeTo(generator);
        } catch (IOException e) {
            // nothing here does input or output: a generator reports a body written out of order this way
            throw new UncheckedIOException(e);
        }
        return NettyBuffers.asVertx(bytes);
    }

    /** A generator writing UTF-8 to {@code out}. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return new JsonGeneratorDelegate(FACTORY.createGenerator(out), false) {
            @Override
            public void writeString(String text) throws IOException {
                super.writeString(Surrogates.pairedOnly(text));
            }

            @Override
            public void writeFieldName(String name) throws IOException {
                super.writeFieldName(Surrogates.pairedOnly(name));
            }

            @Override
            public void writeRawValue(String text) throws IOException {
                super.writeRawValue(Surrogates.pairedOnly(text));
            }
        };
    }
}
