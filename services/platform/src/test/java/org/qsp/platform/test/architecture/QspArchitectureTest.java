package org.qsp.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shared rule holds for a clean service and fails for one that breaks it: none of them is vacuous. */
class QspArchitectureTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("org.qsp.archfixture.good");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("org.qsp.archfixture.bad",
            "org.qsp.archother");

    static List<ArchRule> rules() {
        return List.of(QspArchitecture.the_domain_knows_neither_http_nor_kafka_nor_spring_security,
                QspArchitecture.the_domain_does_not_use_the_store_api, QspArchitecture.the_domain_reaches_no_adapter,
                QspArchitecture.web_and_messaging_adapters_call_use_cases_not_the_store,
                QspArchitecture.no_service_uses_another_service);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void a_clean_service_keeps_the_rule(ArchRule rule) {
        assertThatCode(() -> rule.check(GOOD)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void a_service_that_breaks_the_rule_fails_it(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(BAD)).isInstanceOf(AssertionError.class);
    }
}
