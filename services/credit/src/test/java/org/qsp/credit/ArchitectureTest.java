package org.qsp.credit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qsp.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_imports_neither_spring_web_nor_kafka = noClasses()
            .that().resideInAPackage("org.qsp.credit..")
            .and().resideOutsideOfPackages("..web..", "..store..", "..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.kafka..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule the_service_does_not_reach_into_other_services = noClasses()
            .that().resideInAPackage("org.qsp.credit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qsp.inspection..", "org.qsp.rectification..",
                    "org.qsp.complaint..", "org.qsp.recall..", "org.qsp.monitor..", "org.qsp.gateway..",
                    "org.qsp.identity..");

    @ArchTest
    static final ArchRule the_scoring_rules_are_plain_java_and_configuration = classes()
            .that().resideInAPackage("org.qsp.credit.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.qsp.credit.rules..",
                    "jakarta.validation..", "org.springframework.boot.context.properties..",
                    "org.springframework.validation.annotation..");

    @ArchTest
    static final ArchRule only_the_messaging_adapters_listen_to_kafka = noClasses()
            .that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka.annotation..");
}
