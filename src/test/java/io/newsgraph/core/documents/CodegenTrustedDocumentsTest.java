package io.newsgraph.core.documents;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The trusted documents of GraphQL Codegen's persisted-documents.json: SHA-256 ids of compactly printed documents. */
@QuarkusTest
@TestProfile(CodegenTrustedDocumentsTest.CodegenManifest.class)
class CodegenTrustedDocumentsTest extends TrustedDocumentsTest {

    public static class CodegenManifest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return trustedOnly(CODEGEN);
        }
    }

    @Override
    String manifest() {
        return CODEGEN;
    }
}
