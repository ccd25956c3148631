package org.qsp.inspection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qsp.inspection");

    private static final String[] ADAPTERS = {"org.qsp.inspection..web..", "org.qsp.inspection..store..",
            "org.qsp.inspection..messaging.."};

    @Test
    void the_domain_knows_neither_http_nor_kafka_nor_the_store() {
        noClasses().that().resideInAPackage("org.qsp.inspection..").and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.data.mongodb..",
                        "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void the_domain_does_not_depend_on_its_adapters() {
        noClasses().that().resideInAPackage("org.qsp.inspection..").and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(CLASSES);
    }

    @Test
    void the_service_does_not_depend_on_other_services() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.qsp.rectification..",
                        "org.qsp.complaint..", "org.qsp.recall..", "org.qsp.credit..", "org.qsp.monitor..",
                        "org.qsp.gateway..", "org.qsp.identity..")
                .check(CLASSES);
    }
}
