package org.qsp.inspection.sample;

import java.time.Instant;
import java.util.List;

import org.qsp.platform.test.TestCalendars;
import org.qsp.platform.test.TestUsccs;

/** Domain objects for unit tests of the sample rules. */
final class SampleFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123456789Z");
    static final String REGION = "330106";
    static final String USCC = TestUsccs.valid(REGION);
    /** The default windows (15 calendar days, 7 working days) on the shipped calendar, in Shanghai time. */
    static final ContestWindows WINDOWS = new ContestWindows(TestCalendars.deadlines(), 15, 7);

    private SampleFixtures() {
    }

    static SamplingForm form(Instant sampledAt, String... inspectors) {
        return new SamplingForm(new SampledEnterprise(USCC, "杭州示例食品有限公司", REGION, PartyRole.PRODUCER, false),
                new Product("速冻水饺", "好味", "500g", "20260201"), sampledAt, List.of(inspectors),
                new GeoPoint(30.25, 120.16));
    }

    /** A form of a product of {@code productClass}, sampled for {@code samplingType}, for task T-1. */
    static SamplingForm form(ProductClass productClass, SamplingType samplingType) {
        return new SamplingForm(new SampledEnterprise(USCC, "杭州示例食品有限公司", REGION, PartyRole.PRODUCER, false),
                new Product("速冻水饺", "好味", "500g", "20260201"), NOW.minusSeconds(3600), List.of("insp-a", "insp-b"),
                new GeoPoint(30.25, 120.16, 8.0), "T-1", samplingType, "0701", productClass, List.of("F-002", "F-001"),
                new PartySignature("photo-1", null, null));
    }

    static SamplingForm form() {
        return form(NOW.minusSeconds(3600), "insp-a", "insp-b");
    }

    static ItemResult item(String name, Verdict verdict, boolean safetyRelated) {
        return new ItemResult(name, "GB 4789.2", "≤100000", "350000", "CFU/g", verdict, safetyRelated);
    }

    static ResultReport report(Verdict overall, ItemResult... items) {
        return new ResultReport(List.of(items), overall, null);
    }
}
