package org.qsp.rectification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qsp.rectification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_imports_neither_spring_web_nor_kafka = noClasses()
            .that().resideInAPackage("org.qsp.rectification..")
            .and().resideOutsideOfPackages("..web..", "..store..", "..messaging..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule the_service_depends_on_no_other_service = noClasses()
            .that().resideInAPackage("org.qsp.rectification..")
            .should().dependOnClassesThat(resideInAPackage("org.qsp..")
                    .and(not(resideInAnyPackage("org.qsp.rectification..", "org.qsp.platform..",
                            "org.qsp.contracts.."))));

    @ArchTest
    static final ArchRule adapters_call_use_cases_not_the_store = noClasses()
            .that().resideInAnyPackage("..web..", "..messaging..", "..schedule..")
            .should().dependOnClassesThat().resideInAPackage("..store..");
}
