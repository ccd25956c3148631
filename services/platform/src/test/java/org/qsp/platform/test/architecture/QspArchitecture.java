package org.qsp.platform.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules of every QSP service, applied in one line:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.qsp.rectification", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests qsp = ArchTests.in(QspArchitecture.class);
 * }
 * }</pre>
 *
 * A service is {@code org.qsp.<service>}; its features are {@code org.qsp.<service>.<feature>};
 * inside a feature, {@code web}, {@code store}, {@code messaging} and {@code schedule} are
 * adapters and everything else is the domain (aggregates, rules, use cases).
 */
public final class QspArchitecture {

    public static final String[] ADAPTERS = {"..web..", "..store..", "..messaging..", "..schedule.."};

    /** The domain: the classes of a feature package outside its adapters. */
    public static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage("org.qsp.*.*..")
            .and(not(resideInAnyPackage(ADAPTERS))).as("the domain");

    /** A service's own adapters (the platform's {@code store}, {@code web}… packages are not adapters of a service). */
    public static final DescribedPredicate<JavaClass> ADAPTER = resideInAnyPackage(ADAPTERS)
            .and(not(resideInAPackage("org.qsp.platform.."))).as("an adapter of the service");

    private static final DescribedPredicate<JavaClass> STORE_ADAPTER = resideInAPackage("..store..")
            .and(not(resideInAPackage("org.qsp.platform.."))).as("the service's store adapter");

    private static final DescribedPredicate<JavaClass> MONGO_API = resideInAnyPackage("org.springframework.data.mongodb..",
            "com.mongodb..", "org.bson..").and(not(DescribedPredicate.describe("annotations", JavaClass::isAnnotation)))
            .as("the MongoDB store API (the declarative mapping annotations aside)");

    @ArchTest
    public static final ArchRule the_domain_knows_neither_http_nor_kafka_nor_spring_security = noClasses()
            .that(DOMAIN).should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..", "org.springframework.kafka..",
                    "org.apache.kafka..", "org.springframework.security..", "org.qsp.platform.security..",
                    "org.qsp.platform.kafka..", "org.qsp.platform.web..");

    @ArchTest
    public static final ArchRule the_domain_does_not_use_the_store_api = noClasses()
            .that(DOMAIN).should().dependOnClassesThat(MONGO_API);

    @ArchTest
    public static final ArchRule the_domain_reaches_no_adapter = noClasses()
            .that(DOMAIN).should().dependOnClassesThat(ADAPTER);

    @ArchTest
    public static final ArchRule web_and_messaging_adapters_call_use_cases_not_the_store = noClasses()
            .that().resideInAnyPackage("..web..", "..messaging..", "..schedule..")
            .should().dependOnClassesThat(STORE_ADAPTER);

    @ArchTest
    public static final ArchRule no_service_uses_another_service = classes()
            .that().resideInAPackage("org.qsp..")
            .should(useOnlyTheirOwnServiceThePlatformAndTheContracts());

    private QspArchitecture() {
    }

    /** The service of a class: the package segment after {@code org.qsp}. */
    static String serviceOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnServiceThePlatformAndTheContracts() {
        return new ArchCondition<>("use only their own service, the platform and the contracts") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = serviceOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("org.qsp.")) {
                        continue;
                    }
                    String other = serviceOf(target);
                    if (!other.equals(own) && !other.equals("platform") && !other.equals("contracts")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
