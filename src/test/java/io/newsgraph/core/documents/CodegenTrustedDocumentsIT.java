package io.newsgraph.core.documents;

import java.util.Map;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The trusted documents of GraphQL Codegen's persisted-documents.json: SHA-256 ids of compactly printed documents. Run
 * against the packaged application, where it proves trusted documents for both manifests' readers: the manifest's
 * format is read by the same code in either, and Relay's runs under {@code @QuarkusTest}, each profile started once.
 */
@QuarkusIntegrationTest
@TestProfile(CodegenTrustedDocumentsIT.CodegenManifest.class)
class CodegenTrustedDocumentsIT extends TrustedDocumentsTest {

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
