package io.newsgraph.core.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads JSON text that is known to be well-formed, PostgreSQL's {@code json} output, token by token, and copies its
 * strings and numbers into a response as the bytes they already are. Decoding each string into a Java string and
 * encoding it again was most of what a planned read cost the JVM (Jackson's parser tracks every token's location,
 * decodes every string and reads every fraction as a {@code BigDecimal}); PostgreSQL escapes a string exactly as
 * {@link ResponseJson} does ({@code \" \\ \b \f \n \r \t}, other characters below U+0020 as {@code \}{@code u00xx}
 * in lower-case hexadecimal, everything else as its UTF-8 bytes) and its text is valid UTF-8, so a copied string is
 * what the resolvers would have written.
 * <p>
 * It checks nothing it need not: given text that is not JSON, it reads tokens that mean nothing rather than failing.
 * Its methods are named after Jackson's {@code JsonParser}'s, whose tokens it reads.
 */
public final class RawJsonReader {

    private final byte[] bytes;
    private int position;
    private JsonToken token;
    /** The current token's bytes: a string's between its quotes, a number's or a literal's all of them. */
    private int start;
    private int end;
    private boolean escaped;

    public RawJsonReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Moves to the next token, past separators and white space; null at the end of the text. */
    public JsonToken nextToken() {
        skipSeparators();
        if (position >= bytes.length) {
            token = null;
            return null;
        }
        start = position;
        byte first = bytes[position];
        token = switch (first) {
            case '[' -> punctuation(JsonToken.START_ARRAY);
            case ']' -> punctuation(JsonToken.END_ARRAY);
            case '{' -> punctuation(JsonToken.START_OBJECT);
            case '}' -> punctuation(JsonToken.END_OBJECT);
            case '"' -> string();
            case 't' -> literal(JsonToken.VALUE_TRUE, "true".length());
            case 'f' -> literal(JsonToken.VALUE_FALSE, "false".length());
            case 'n' -> literal(JsonToken.VALUE_NULL, "null".length());
            default -> number();
        };
        return token;
    }

    public JsonToken currentToken() {
        return token;
    }

    /** Moves past the array or object the current token starts, onto its last token; otherwise stays. */
    public void skipChildren() {
        if (token != JsonToken.START_ARRAY && token != JsonToken.START_OBJECT) {
            return;
        }
        int depth = 1;
        while (depth > 0 && nextToken() != null) {
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                depth++;
            } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                depth--;
            }
        }
    }

    /** A string's or a field name's text, decoded; a number's or a literal's as written. */
    public String getText() {
        if (!escaped) {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(end - start);
        int run = start;
        int i = start;
        while (i < end) {
            if (bytes[i] != '\\') {
                i++;
                continue;
            }
            text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
            byte escape = bytes[i + 1];
            if (escape == 'u') {
                text.append((char) Integer.parseInt(new String(bytes, i + 2, 4, StandardCharsets.US_ASCII), 16));
                i += 6;
            } else {
                text.append(unescaped(escape));
                i += 2;
            }
            run = i;
        }
        return text.append(new String(bytes, run, end - run, StandardCharsets.UTF_8)).toString();
    }

    /** An integer number's value. */
    public long getLongValue() {
        return getScaledValue(0);
    }

    public int getIntValue() {
        return Math.toIntExact(getLongValue());
    }

    /**
     * A number's value times 10<sup>scale</sup>, rounded down: a fraction read exactly as a count of its smallest
     * unit (seconds with six decimals as microseconds) without a {@code BigDecimal}. Exponents are not read: neither
     * an integer nor a fixed-point value PostgreSQL writes has one.
     */
    public long getScaledValue(int scale) {
        boolean negative = bytes[start] == '-';
        // accumulated as a negative number, whose range includes Long.MIN_VALUE
        long value = 0;
        int decimals = -1;
        boolean droppedDigits = false;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            byte b = bytes[i];
            if (b == '.') {
                decimals = 0;
            } else if (decimals < scale) {
                value = Math.subtractExact(Math.multiplyExact(value, 10), b - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                droppedDigits |= b != '0';
            }
        }
        for (int missing = Math.max(decimals, 0); missing < scale; missing++) {
            value = Math.multiplyExact(value, 10);
        }
        if (negative) {
            return droppedDigits ? Math.subtractExact(value, 1) : value;
        }
        return Math.negateExact(value);
    }

    /**
     * Writes the current value, a string, number, boolean or null, into {@code out}: strings and numbers as the bytes
     * they are here.
     */
    public void copyCurrentValue(JsonGenerator out) throws IOException {
        switch (token) {
            case VALUE_STRING -> out.writeRawUTF8String(bytes, start, end - start);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(getText());
            case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> out.writeNull();
            default -> throw new IllegalStateException("Only a scalar value can be copied, not " + token);
        }
    }

    private void skipSeparators() {
        while (position < bytes.length) {
            byte b = bytes[position];
            if (b != ' ' && b != ',' && b != ':' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            position++;
        }
    }

    private JsonToken punctuation(JsonToken punctuation) {
        position++;
        return punctuation;
    }

    private JsonToken literal(JsonToken literal, int length) {
        position += length;
        end = position;
        escaped = false;
        return literal;
    }

    /** A string, or a field name when a colon follows it. */
    private JsonToken string() {
        int i = start + 1;
        boolean anyEscape = false;
        while (bytes[i] != '"') {
            if (bytes[i] == '\\') {
                anyEscape = true;
                // the escaped character, or the u of a \\u escape, whose hexadecimal digits are neither quote nor
                // backslash
                i++;
            }
            i++;
        }
        start++;
        end = i;
        escaped = anyEscape;
        position = i + 1;
        while (position < bytes.length && isWhiteSpace(bytes[position])) {
            position++;
        }
        return position < bytes.length && bytes[position] == ':' ? JsonToken.FIELD_NAME : JsonToken.VALUE_STRING;
    }

    private JsonToken number() {
        boolean fraction = false;
        int i = start;
        while (i < bytes.length && isNumberByte(bytes[i])) {
            fraction |= bytes[i] == '.' || bytes[i] == 'e' || bytes[i] == 'E';
            i++;
        }
        if (i == start) {
            throw new IllegalStateException("Not JSON at byte " + start + ": " + (char) bytes[start]);
        }
        end = i;
        position = i;
        escaped = false;
        return fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '.' || b == 'e' || b == 'E' || b == '+';
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static char unescaped(byte escape) {
        return switch (escape) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            // \" \\ \/
            default -> (char) escape;
        };
    }
}
