package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.qsp.platform.test.TestImages;

/**
 * Credit's penalties, list entries and repair applications of an {@link EdgeWorld} (issue 11), made through the
 * gateway as the demo users would (README "Credit repair, with curl"): in Hangzhou for ent-a, recorded and listed by
 * regulator1, and in Nanjing for the world's Nanjing enterprise, by regulator-cn (the only demo regulator of
 * Nanjing). Each thing an operation changes has its own: a penalty to revoke, one to apply for repair, an open
 * application to decide, an abnormal-operation entry to remove. A penalty a repair is applied for was decided eight
 * months ago (a fine of another domain than food: its 6 months are served, counted from its publish-by day); a recent
 * one, a month ago, is too early to repair.
 */
final class EdgeCredit {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * One region's things, each in the state an operation needs: a recent penalty (too early to repair) and its
     * decision number, a penalty to revoke, an eligible one without application, an open application (of another
     * eligible penalty) and the evidence it cites, an abnormal-operation entry and one to remove.
     */
    record Region(String uscc, String region, String regulator, String recentPenalty, String recentDecisionNumber,
            String penaltyToRevoke,
            String penaltyToRepair, String repairToDecide, String evidence, String listEntry, String entryToRemove) {
    }

    /** ent-a's, in Hangzhou (330106), by regulator1. */
    final Region hangzhou;
    /** The world's Nanjing enterprise's, in Nanjing (320106), by regulator-cn. */
    final Region nanjing;

    private final Stack stack;

    EdgeCredit(Stack stack, String nanjingUscc) {
        this.stack = stack;
        hangzhou = region(EdgeWorld.ENT_A, "杭州示例食品有限公司", EdgeWorld.HANGZHOU, "regulator1", "杭市监罚");
        nanjing = region(nanjingUscc, "南京示例食品有限公司", EdgeWorld.NANJING, "regulator-cn", "宁市监罚");
    }

    private Region region(String uscc, String name, String region, String regulator, String office) {
        LocalDate today = LocalDate.now(SHANGHAI);
        Map<String, Object> recentDecision = penalty(office, uscc, name, region, today.minusMonths(1));
        String recent = penalty(regulator, recentDecision);
        String toRevoke = penalty(regulator, penalty(office, uscc, name, region, today.minusMonths(1)));
        String toRepair = penalty(regulator, penalty(office, uscc, name, region, today.minusMonths(8)));
        String repaired = penalty(regulator, penalty(office, uscc, name, region, today.minusMonths(8)));
        String evidence = "edge-" + UUID.randomUUID();
        String enterprise = stack.enterpriseToken(uscc);
        Api.Response uploaded = Api.put(uri("/repairs/evidence/" + evidence), enterprise, "image/png",
                TestImages.png(20_000, evidence.hashCode()));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        Api.Response applied = Api.post(uri("/repairs"), enterprise, Api.json(repair(repaired, evidence)));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        String entry = entry(regulator, abnormal(uscc, name, region, "MISSED_ANNUAL_REPORT"));
        String toRemove = entry(regulator, abnormal(uscc, name, region, "UNREACHABLE_ADDRESS"));
        return new Region(uscc, region, regulator, recent, (String) recentDecision.get("decisionNumber"), toRevoke, toRepair, applied.body().path("id").asString(),
                evidence, entry, toRemove);
    }

    /**
     * A fine of 5,000 CNY (shown 3 months, not serious, so no serious-list entry) under a new decision number of the
     * office, decided on {@code decidedAt}.
     */
    static Map<String, Object> penalty(String office, String uscc, String name, String region, LocalDate decidedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionNumber", office + "〔" + decidedAt.getYear() + "〕" + UUID.randomUUID() + "号");
        body.put("uscc", uscc);
        body.put("enterpriseName", name);
        body.put("region", region);
        body.put("kind", "FINE");
        body.put("fineAmount", 5000);
        body.put("violation", "标签标识不符合食品安全国家标准");
        body.put("serious", false);
        body.put("domain", "OTHER");
        body.put("decidedAt", decidedAt.toString());
        return body;
    }

    /** An application for the repair of a penalty's publication, citing one evidence file. */
    static Map<String, Object> repair(String penalty, String evidence) {
        return Map.of("target", "PENALTY", "targetId", penalty, "statement", "罚款已缴清，标签已按标准整改",
                "evidence", List.of(evidence));
    }

    static Map<String, Object> abnormal(String uscc, String name, String region, String reason) {
        return Map.of("uscc", uscc, "enterpriseName", name, "region", region, "reason", reason);
    }

    private String penalty(String regulator, Map<String, Object> body) {
        Api.Response recorded = Api.post(uri("/penalties"), stack.token(regulator), Api.json(body));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        return recorded.body().path("id").asString();
    }

    /** The entry's id: a new one (201), or the open one for that reason a suite before left (200). */
    private String entry(String regulator, Map<String, Object> body) {
        Api.Response entered = Api.post(uri("/lists/abnormal-operation"), stack.token(regulator), Api.json(body));
        assertThat(entered.status()).as(entered.raw()).isIn(200, 201);
        return entered.body().path("id").asString();
    }

    private URI uri(String path) {
        return stack.gateway.uri("/api/credit/v1" + path);
    }
}
