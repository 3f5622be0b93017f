package org.observa.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies: api → domain ← persistence, and a domain free of any framework. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.observa");

    @Test
    void theDomainDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.observa.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax..", "org.hibernate..", "com.fasterxml..", "io.vertx..",
                        "org.eclipse.microprofile..", "io.smallrye..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNeitherAdapter() {
        noClasses().that().resideInAPackage("org.observa.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.observa.api..", "org.observa.persistence..")
                .check(CLASSES);
    }

    @Test
    void persistenceDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("org.observa.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.observa.api..")
                .check(CLASSES);
    }

    @Test
    void theApiReachesPersistenceOnlyThroughTheDomainsPorts() {
        noClasses().that().resideInAPackage("org.observa.api..")
                .should().dependOnClassesThat().resideInAPackage("org.observa.persistence..")
                .check(CLASSES);
    }
}
