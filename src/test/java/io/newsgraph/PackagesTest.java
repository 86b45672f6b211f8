package io.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * How the service's packages may depend on one another, held on the compiled classes: no package depends on one that
 * depends on it, whatever the path between them, so that each can be read knowing only those below it; the {@code core}
 * packages, split by job, serve the features and never use one; and every package says in its {@code package-info.java}
 * what it owns and what it may use.
 */
class PackagesTest {

    private static final String[] FEATURES = { "io.newsgraph.article..", "io.newsgraph.author..",
            "io.newsgraph.comment..", "io.newsgraph.source..", "io.newsgraph.tag..", "io.newsgraph.sampledata..",
            "io.newsgraph.site.." };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsgraph", "db.migration");

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        // each package a slice of its own, sub-packages included
        slices().matching("(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCorePackagesUseNoFeature() {
        noClasses().that().resideInAPackage("io.newsgraph.core..").should().dependOnClassesThat()
                .resideInAnyPackage(FEATURES).check(CLASSES);
    }

    @Test
    void everyPackageHasAPackageInfo() {
        List<String> without = CLASSES.stream().map(JavaClass::getPackage).distinct()
                .filter(javaPackage -> javaPackage.tryGetPackageInfo().isEmpty())
                .map(JavaPackage::getName).sorted().toList();
        assertEquals(List.of(), without, "packages without a package-info.java saying what they own and may use");
    }
}
