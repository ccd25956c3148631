package org.qsp.harness;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.qsp.platform.uscc.Uscc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies an inspector's phone and a lab send: a sampling form ({@code PUT /api/inspection/v1/samples/{id}},
 * by {@code inspector1}) and a result ({@code PUT …/{id}/result}, by {@code lab1}), for enterprises registered
 * in Hangzhou (330100, {@code regulator1}'s city) and sampled in one of its counties (330106).
 */
public final class SampleForms {

    public static final String REGION = "330100";
    public static final String COUNTY = "330106";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One sampling time per run, so that a form sent again is byte-for-byte the same form (an idempotent replay). */
    private final String sampledAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

    /** A fresh valid USCC (GB 32100) registered in Hangzhou. */
    public static String newUscc() {
        StringBuilder first17 = new StringBuilder("91").append(REGION);
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return first17 + String.valueOf(Uscc.checkCharacter(first17.toString()));
    }

    public String form(String uscc) {
        return JSON.writeValueAsString(Map.of(
                "enterprise", Map.of("uscc", uscc, "name", "示例食品有限公司", "region", COUNTY, "role", "PRODUCER"),
                "product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "batch", "20261101"),
                "sampledAt", sampledAt,
                "inspectorIds", List.of("inspector1", "inspector2")));
    }

    /** A result with one microbiological item; {@code FAIL} or {@code PASS}. */
    public static String result(String verdict) {
        boolean failed = "FAIL".equals(verdict);
        return JSON.writeValueAsString(Map.of(
                "items", List.of(Map.of("item", "菌落总数", "limit", "≤100000", "measured", failed ? "350000" : "2000",
                        "unit", "CFU/g", "verdict", verdict, "safetyRelated", false)),
                "overallVerdict", verdict));
    }
}
