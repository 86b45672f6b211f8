package io.newsgraph.testing;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import io.quarkus.test.junit.TestProfile;

/**
 * Orders test classes by the test profile they run under, then by name, so that the packaged application starts once per
 * profile. Quarkus's own orderer groups {@code @QuarkusTest}s by the class loader each profile gets, but loads every
 * {@code @QuarkusIntegrationTest} with one, and an {@code *IT} inherits its profile from the {@code *Test} it extends,
 * where JUnit's annotation look-up does not see it: left in name order, the integration tests switched profile and
 * restarted the application every time a profiled class sat between two others. Set as Quarkus's secondary orderer
 * ({@code junit.quarkus.orderer.secondary-orderer}), which sorts before Quarkus's grouping and keeps its order.
 */
public class ProfileGroups implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(ProfileGroups::profileName)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** The profile's name, empty for the default profile, which sorts first. */
    private static String profileName(ClassDescriptor descriptor) {
        for (Class<?> type = descriptor.getTestClass(); type != null; type = type.getSuperclass()) {
            TestProfile profile = type.getAnnotation(TestProfile.class);
            if (profile != null) {
                return profile.value().getName();
            }
        }
        return "";
    }
}
