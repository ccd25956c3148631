package org.qsp.inspection.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qsp.inspection.plan.ClassRatios;
import org.qsp.inspection.pool.RiskClass;
import org.qsp.platform.errors.Rejected;

/**
 * The reproducible, credit-weighted draw (双随机), version {@value #VERSION}: a pure function of its inputs
 * (docs/adr/0018 specifies every step so that anyone can re-implement it).
 * <ol>
 * <li>The pool hash: SHA-256 over the UTF-8 text {@code "qsp-pool-v1\n"}, a line {@code uscc,class,category} per
 * enterprise in USCC order, {@code "inspectors\n"}, and a line {@code id,qualifications,conflicts} per inspector in
 * id order (lists sorted, joined by {@code ;}); lowercase hex.</li>
 * <li>The random numbers: {@link DrawRandom} keyed with {@code VERSION \n planId \n seed \n poolHash}.</li>
 * <li>Quotas, class by class A to D: {@code q = floor(r * n)}, plus one when {@code below(10^4) < frac(r * n) * 10^4}
 * (one number drawn per class, always), so that each enterprise of a class is drawn with probability {@code r}.</li>
 * <li>When the quotas add up to more than the batch count {@code b}, each becomes {@code floor(q * b / total)} and
 * the rest goes one each to the largest remainders {@code q * b mod total} (ties: class order).</li>
 * <li>Per class, A to D, a partial Fisher-Yates shuffle of the class's enterprises in USCC order: for
 * {@code i < q}, swap position {@code i} with {@code i + below(n - i)}; the first {@code q} are the class's picks.</li>
 * <li>Per pick, in that order: the inspectors qualified for the pick's category, in id order, are drawn without
 * replacement ({@code below(remaining)}, the drawn one swapped to the end of the remaining part); one with a declared
 * conflict with the enterprise is passed over and the draw goes on (回避), until two are drawn.</li>
 * </ol>
 */
public final class DrawAlgorithm {

    public static final String VERSION = "qsp-draw-v1";
    private static final int ROUNDING = 10_000;

    private DrawAlgorithm() {
    }

    /** An eligible enterprise: USCC, class, and the plan category it is drawn for (the first one it has). */
    public record Candidate(String uscc, RiskClass riskClass, String category) {
    }

    /** An inspector of the pool as the draw sees it (lists sorted). */
    public record Examiner(String id, List<String> qualifications, List<String> conflicts) {

        public Examiner {
            qualifications = qualifications.stream().sorted().toList();
            conflicts = conflicts.stream().sorted().toList();
        }
    }

    /** A drawn enterprise and its pair of inspectors. */
    public record Pick(String uscc, RiskClass riskClass, String category, List<String> inspectorIds) {
    }

    public record Result(String poolHash, List<Pick> picks) {
    }

    /** Not enough inspectors without a conflict are qualified for a pick's category. */
    public static final class NotEnoughInspectors extends Rejected {
        NotEnoughInspectors(String category, String uscc) {
            super("not-enough-inspectors", "fewer than two inspectors of the plan's region are qualified for "
                    + category + " and free of a conflict with " + uscc);
        }
    }

    /** @param pool the eligible enterprises in USCC order; @param inspectors the inspector pool in id order */
    public static Result run(String planId, String seed, ClassRatios ratios, int batchCount, List<Candidate> pool,
            List<Examiner> inspectors) {
        String hash = poolHash(pool, inspectors);
        DrawRandom random = new DrawRandom(VERSION + "\n" + planId + "\n" + seed + "\n" + hash);
        Map<RiskClass, List<Candidate>> byClass = new EnumMap<>(RiskClass.class);
        for (RiskClass c : RiskClass.values()) {
            byClass.put(c, new ArrayList<>());
        }
        for (Candidate candidate : pool) {
            byClass.get(candidate.riskClass()).add(candidate);
        }
        long[] quotas = new long[RiskClass.values().length];
        for (RiskClass c : RiskClass.values()) {
            quotas[c.ordinal()] = quota(ratios.of(c), byClass.get(c).size(), random);
        }
        cap(quotas, batchCount);
        List<Candidate> drawn = new ArrayList<>();
        for (RiskClass c : RiskClass.values()) {
            List<Candidate> members = byClass.get(c);
            int n = members.size();
            int q = (int) quotas[c.ordinal()];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = 0; i < q; i++) {
                int j = i + random.below(n - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
                drawn.add(members.get(order[i]));
            }
        }
        List<Pick> picks = new ArrayList<>(drawn.size());
        Map<String, List<Examiner>> qualified = new java.util.HashMap<>();
        for (Candidate candidate : drawn) {
            List<Examiner> eligible = qualified.computeIfAbsent(candidate.category(),
                    category -> inspectors.stream().filter(i -> i.qualifications().contains(category)).toList());
            picks.add(new Pick(candidate.uscc(), candidate.riskClass(), candidate.category(),
                    pair(candidate, eligible, random)));
        }
        return new Result(hash, List.copyOf(picks));
    }

    /** Two inspectors for the candidate, drawn without replacement, passing over those with a conflict. */
    static List<String> pair(Candidate candidate, List<Examiner> eligible, DrawRandom random) {
        Examiner[] work = eligible.toArray(Examiner[]::new);
        int remaining = work.length;
        List<String> pair = new ArrayList<>(2);
        while (pair.size() < 2 && remaining > 0) {
            int j = random.below(remaining);
            Examiner drawn = work[j];
            work[j] = work[remaining - 1];
            work[remaining - 1] = drawn;
            remaining--;
            if (!drawn.conflicts().contains(candidate.uscc())) {
                pair.add(drawn.id());
            }
        }
        if (pair.size() < 2) {
            throw new NotEnoughInspectors(candidate.category(), candidate.uscc());
        }
        return List.copyOf(pair);
    }

    /**
     * A pair for a task outside a draw (targeted, re-check): the same drawing as step 6, keyed with {@code key} (the
     * task's id, so that a repeated event draws the same pair); empty when fewer than two are free of a conflict.
     */
    public static List<String> pairOrNone(String key, String uscc, List<Examiner> eligible) {
        try {
            return pair(new Candidate(uscc == null ? "" : uscc, RiskClass.A, ""), eligible,
                    new DrawRandom(VERSION + "\ntask\n" + key));
        } catch (NotEnoughInspectors e) {
            return List.of();
        }
    }

    private static long quota(BigDecimal ratio, int n, DrawRandom random) {
        BigDecimal exact = ratio.setScale(4, RoundingMode.UNNECESSARY).multiply(BigDecimal.valueOf(n));
        BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
        int fraction = exact.subtract(floor).movePointRight(4).intValueExact();
        long extra = random.below(ROUNDING) < fraction ? 1 : 0;
        return floor.longValueExact() + extra;
    }

    private static void cap(long[] quotas, int batchCount) {
        long total = 0;
        for (long q : quotas) {
            total += q;
        }
        if (total <= batchCount) {
            return;
        }
        long[] remainders = new long[quotas.length];
        long given = 0;
        for (int c = 0; c < quotas.length; c++) {
            long scaled = quotas[c] * batchCount;
            remainders[c] = scaled % total;
            quotas[c] = scaled / total;
            given += quotas[c];
        }
        for (long rest = batchCount - given; rest > 0; rest--) {
            int best = 0;
            for (int c = 1; c < quotas.length; c++) {
                if (remainders[c] > remainders[best]) {
                    best = c;
                }
            }
            quotas[best]++;
            remainders[best] = -1;
        }
    }

    /** SHA-256 of the pool snapshot as step 1 describes it, in lowercase hex. */
    public static String poolHash(List<Candidate> pool, List<Examiner> inspectors) {
        MessageDigest sha256 = DrawRandom.newSha256();
        StringBuilder text = new StringBuilder(64 * 1024);
        text.append("qsp-pool-v1\n");
        for (Candidate c : pool) {
            text.append(c.uscc()).append(',').append(c.riskClass().name()).append(',').append(c.category())
                    .append('\n');
            if (text.length() > 60 * 1024) {
                sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        text.append("inspectors\n");
        for (Examiner i : inspectors) {
            text.append(i.id()).append(',').append(String.join(";", i.qualifications())).append(',')
                    .append(String.join(";", i.conflicts())).append('\n');
        }
        sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Whether the candidate list is in strictly increasing USCC order (what the hash and the shuffle assume). */
    public static boolean sorted(List<Candidate> pool) {
        for (int i = 1; i < pool.size(); i++) {
            if (pool.get(i - 1).uscc().compareTo(pool.get(i).uscc()) >= 0) {
                return false;
            }
        }
        return true;
    }

    static Set<String> ids(List<Pick> picks) {
        return Set.copyOf(picks.stream().map(Pick::uscc).toList());
    }
}
