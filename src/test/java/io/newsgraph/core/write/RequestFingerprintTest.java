package io.newsgraph.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A request's fingerprint tells apart every two requests that differ in any field, however alike they read as text. */
class RequestFingerprintTest {

    /** An input that writes itself out as the comments' input once did: its e-mail address as a hash code. */
    record Letter(String name, String email, String body) {
        @Override
        public String toString() {
            return "Letter[name=" + name + ", email hash=" + email.hashCode() + ", body=" + body + "]";
        }
    }

    record Pair(String first, String second) {
    }

    record Reordered(String second, String first) {
    }

    @Test
    void valuesWithOneHashCodeMakeTwoFingerprints() {
        Letter aa = new Letter("Awa", "Aa@example.org", "Hello");
        Letter bb = new Letter("Awa", "BB@example.org", "Hello");
        assertEquals(aa.toString(), bb.toString(), "what the fingerprint was once made of");
        assertNotEquals(fingerprint(aa), fingerprint(bb));
    }

    @Test
    void textMovedFromOneFieldToAnotherMakesAnotherFingerprint() {
        String between = ", email hash=" + "awa@example.org".hashCode() + ", body=";
        Letter inBody = new Letter("Awa", "awa@example.org", "Hello" + between + "again");
        Letter inName = new Letter("Awa" + between + "Hello", "awa@example.org", "again");
        assertEquals(inBody.toString(), inName.toString(), "what the fingerprint was once made of");
        assertNotEquals(fingerprint(inBody), fingerprint(inName));
        assertNotEquals(fingerprint(new Pair("a,b", "c")), fingerprint(new Pair("a", "b,c")));
        assertNotEquals(fingerprint(List.of("a, b")), fingerprint(List.of("a", "b")));
    }

    @Test
    void nullIsNotTheTextNull() {
        assertNotEquals(fingerprint(new Pair(null, "b")), fingerprint(new Pair("null", "b")));
        assertNotEquals(RequestFingerprint.of("addComment", null, "x"), RequestFingerprint.of("addComment", "", "x"));
    }

    @Test
    void theOperationAndTheRequesterArePartOfIt() {
        assertNotEquals(RequestFingerprint.of("deleteTag", "editor", 12L),
                RequestFingerprint.of("deleteAuthor", "editor", 12L));
        assertNotEquals(RequestFingerprint.of("deleteTag", "editor", 12L), RequestFingerprint.of("deleteTag", "other", 12L));
    }

    @Test
    void theSameRequestHasTheSameFingerprintWhateverTheOrderOfItsNames() {
        assertEquals(fingerprint(new Pair("a", "b")), fingerprint(new Pair("a", "b")));
        assertEquals(fingerprint(new Pair("a", "b")), fingerprint(new Reordered("b", "a")));
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("first", "a");
        forward.put("second", Arrays.asList(1L, null));
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("second", Arrays.asList(1L, null));
        backward.put("first", "a");
        assertEquals(fingerprint(forward), fingerprint(backward));
        assertEquals(64, fingerprint(forward).length());
    }

    private static String fingerprint(Object arguments) {
        return RequestFingerprint.of("addComment", null, arguments);
    }
}
