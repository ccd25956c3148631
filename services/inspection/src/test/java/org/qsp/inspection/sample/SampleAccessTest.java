package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.test.TestUsccs;

class SampleAccessTest {

    private static final Sample SAMPLE = Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-a",
            SampleFixtures.NOW, new TimeBounds(Duration.ZERO, Duration.ofDays(365)));

    @ParameterizedTest(name = "{0} {1} (uscc {2}, region {3}): read {4}, record result {5}")
    @CsvSource(nullValues = "-", value = {
            "INSPECTOR, insp-a, -,     330106, true,  true",
            "INSPECTOR, insp-b, -,     -,      true,  true",
            "INSPECTOR, insp-x, -,     330106, false, false",
            "LAB,       lab-1,  -,     -,      true,  true",
            "REGULATOR, reg-1,  -,     100000, true,  false",
            "REGULATOR, reg-1,  -,     330106, true,  false",
            "REGULATOR, reg-1,  -,     330100, true,  false",
            "REGULATOR, reg-1,  -,     330000, true,  false",
            "REGULATOR, reg-1,  -,     330102, false, false",
            "REGULATOR, reg-1,  -,     440000, false, false",
            "REGULATOR, reg-1,  -,     320000, false, false",
            "REGULATOR, reg-1,  -,     -,      false, false",
            "ENTERPRISE, ent-1, SAMPLED, -,    true,  false",
            "ENTERPRISE, ent-2, OTHER, -,      false, false",
            "CONSUMER,  c-1,    -,     330106, false, false",
            "ADMIN,     admin,  -,     -,      false, false"})
    void who_may_read_a_sample_and_record_its_result(Role role, String subject, String uscc, String region,
            boolean read, boolean recordResult) {
        String tokenUscc = uscc == null ? null
                : uscc.equals("SAMPLED") ? SampleFixtures.USCC : TestUsccs.valid(SampleFixtures.REGION);
        Caller caller = new Caller(subject, Set.of(role), Optional.ofNullable(tokenUscc), Optional.ofNullable(region));

        assertThat(SampleAccess.mayRead(caller, SAMPLE)).isEqualTo(read);
        assertThat(SampleAccess.mayRecordResult(caller, SAMPLE)).isEqualTo(recordResult);
    }
}
