package org.qsp.identity.user;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DemoUserTest {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = factory.getValidator();

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void enterprise_user_claims_carry_roles_and_uscc() {
        DemoUser user = new DemoUser("ent-a", Set.of(Role.ENTERPRISE), "91330100MA27XY012B", null);

        assertThat(problems(user)).isEmpty();
        assertThat(user.claims())
                .containsEntry("roles", List.of("ENTERPRISE"))
                .containsEntry("uscc", "91330100MA27XY012B")
                .doesNotContainKey("region");
    }

    @Test
    void regulator_claims_carry_the_region() {
        DemoUser user = new DemoUser("regulator1", Set.of(Role.REGULATOR), null, "330100");

        assertThat(problems(user)).isEmpty();
        assertThat(user.claims()).containsEntry("region", "330100").doesNotContainKey("uscc");
    }

    @Test
    void provincial_and_national_regulators_are_valid_and_carry_their_authority_region() {
        DemoUser provincial = new DemoUser("regulator-zj", Set.of(Role.REGULATOR), null, "330000");
        DemoUser national = new DemoUser("regulator-cn", Set.of(Role.REGULATOR), null, "100000");

        assertThat(problems(provincial)).isEmpty();
        assertThat(problems(national)).isEmpty();
        assertThat(provincial.claims()).containsExactly(entry("roles", List.of("REGULATOR")), entry("region", "330000"));
        assertThat(national.claims()).containsExactly(entry("roles", List.of("REGULATOR")), entry("region", "100000"));
    }

    @Test
    void enterprise_user_without_uscc_is_invalid() {
        assertThat(problems(new DemoUser("ent-x", Set.of(Role.ENTERPRISE), null, null)))
                .containsExactly("usccGivenForEnterprise enterprise users need a uscc");
    }

    @Test
    void inspector_without_region_is_invalid() {
        assertThat(problems(new DemoUser("inspector9", Set.of(Role.INSPECTOR), null, null)))
                .containsExactly("regionGivenForRegionalRoles inspectors and regulators need a region");
    }

    @Test
    void malformed_uscc_and_region_are_invalid() {
        assertThat(problems(new DemoUser("ent-x", Set.of(Role.ENTERPRISE), "91330100MA27XY012", null)))
                .containsExactly("uscc is not a USCC");
        assertThat(problems(new DemoUser("ent-x", Set.of(Role.ENTERPRISE), "91330100MA27XYO12B", null)))
                .containsExactly("uscc is not a USCC");
        assertThat(problems(new DemoUser("reg", Set.of(Role.REGULATOR), null, "3301")))
                .containsExactly("region is not a six-digit GB/T 2260 region code");
    }

    @Test
    void user_without_name_or_role_is_invalid() {
        assertThat(problems(new DemoUser(" ", null, null, null)))
                .extracting(problem -> problem.split(" ")[0])
                .containsExactlyInAnyOrder("username", "roles");
    }

    private static List<String> problems(DemoUser user) {
        return validator.validate(user).stream()
                .map(DemoUserTest::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<DemoUser> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }
}
