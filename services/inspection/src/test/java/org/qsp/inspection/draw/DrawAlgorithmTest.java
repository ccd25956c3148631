package org.qsp.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qsp.inspection.draw.DrawAlgorithm.Candidate;
import org.qsp.inspection.draw.DrawAlgorithm.Examiner;
import org.qsp.inspection.draw.DrawAlgorithm.Pick;
import org.qsp.inspection.plan.ClassRatios;
import org.qsp.inspection.pool.RiskClass;
import org.qsp.platform.test.TestUsccs;

/** The draw as a pure function: reproducible, weighted by class, with pairs that respect conflicts. */
class DrawAlgorithmTest {

    private static final ClassRatios RATIOS = new ClassRatios(new BigDecimal("0.05"), new BigDecimal("0.15"),
            new BigDecimal("0.40"), new BigDecimal("0.70"));
    private static final List<Examiner> INSPECTORS = List.of(examiner("i1"), examiner("i2"), examiner("i3"),
            examiner("i4"));

    /** 100 of class A, 200 of B, 300 of C, 100 of D, in USCC order, all of category "food". */
    private static List<Candidate> pool() {
        List<Candidate> pool = new ArrayList<>();
        int[] sizes = {100, 200, 300, 100};
        for (RiskClass c : RiskClass.values()) {
            for (int i = 0; i < sizes[c.ordinal()]; i++) {
                pool.add(new Candidate(TestUsccs.valid("330106"), c, "food"));
            }
        }
        pool.sort(java.util.Comparator.comparing(Candidate::uscc));
        return List.copyOf(pool);
    }

    private static Examiner examiner(String id, String... conflicts) {
        return new Examiner(id, List.of("food"), List.of(conflicts));
    }

    @Test
    void the_same_inputs_give_the_same_picks_and_pairs_and_another_seed_other_picks() {
        List<Candidate> pool = pool();
        var first = DrawAlgorithm.run("PL-1", "2026-088 双色球 03 11 17", RATIOS, 1000, pool, INSPECTORS);
        var again = DrawAlgorithm.run("PL-1", "2026-088 双色球 03 11 17", RATIOS, 1000, List.copyOf(pool),
                List.copyOf(INSPECTORS));
        var otherSeed = DrawAlgorithm.run("PL-1", "2026-089", RATIOS, 1000, pool, INSPECTORS);

        assertThat(again).isEqualTo(first);
        assertThat(first.picks()).isNotEmpty();
        assertThat(otherSeed.poolHash()).isEqualTo(first.poolHash());
        assertThat(otherSeed.picks()).isNotEqualTo(first.picks());
    }

    @Test
    void a_changed_pool_has_another_hash_a_class_change_too_and_so_has_a_changed_inspector_pool() {
        List<Candidate> pool = pool();
        String hash = DrawAlgorithm.poolHash(pool, INSPECTORS);
        List<Candidate> fewer = pool.subList(1, pool.size());
        List<Candidate> reclassed = new ArrayList<>(pool);
        Candidate first = pool.get(0);
        reclassed.set(0, new Candidate(first.uscc(), first.riskClass() == RiskClass.A ? RiskClass.B : RiskClass.A,
                first.category()));

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(DrawAlgorithm.poolHash(List.copyOf(pool), INSPECTORS));
        assertThat(DrawAlgorithm.poolHash(fewer, INSPECTORS)).isNotEqualTo(hash);
        assertThat(DrawAlgorithm.poolHash(reclassed, INSPECTORS)).isNotEqualTo(hash);
        assertThat(DrawAlgorithm.poolHash(pool, INSPECTORS.subList(0, 3))).isNotEqualTo(hash);
        assertThat(DrawAlgorithm.poolHash(pool, List.of(examiner("i1", first.uscc()), examiner("i2"), examiner("i3"),
                examiner("i4")))).isNotEqualTo(hash);
    }

    @Test
    void over_ten_thousand_draws_each_class_is_drawn_at_its_ratio_of_its_pool_and_uniformly_within_it() {
        List<Candidate> pool = pool();
        Map<RiskClass, Long> drawnPerClass = new HashMap<>();
        Map<String, Integer> timesDrawn = new HashMap<>();
        int draws = 10_000;
        for (int seed = 0; seed < draws; seed++) {
            for (Pick pick : DrawAlgorithm.run("PL-1", "seed-" + seed, RATIOS, 10_000, pool, INSPECTORS).picks()) {
                drawnPerClass.merge(pick.riskClass(), 1L, Long::sum);
                timesDrawn.merge(pick.uscc(), 1, Integer::sum);
            }
        }
        Map<RiskClass, Long> sizes = pool.stream().collect(Collectors.groupingBy(Candidate::riskClass,
                Collectors.counting()));
        for (RiskClass c : RiskClass.values()) {
            double rate = drawnPerClass.getOrDefault(c, 0L) / (double) (draws * sizes.get(c));
            assertThat(rate).as("class %s", c).isCloseTo(RATIOS.of(c).doubleValue(),
                    org.assertj.core.data.Offset.offset(0.002));
        }
        // within class C (ratio 0.40, 300 members): every member is drawn about 4,000 times of 10,000
        pool.stream().filter(p -> p.riskClass() == RiskClass.C).forEach(p -> assertThat(
                timesDrawn.getOrDefault(p.uscc(), 0) / (double) draws).as(p.uscc()).isBetween(0.36, 0.44));
    }

    @Test
    void fractional_quotas_are_rounded_at_random_so_that_a_class_of_ten_at_five_per_cent_is_drawn_half_a_time() {
        List<Candidate> tenOfA = pool().stream().filter(c -> c.riskClass() == RiskClass.A).limit(10).toList();
        int[] counts = new int[3];
        for (int seed = 0; seed < 10_000; seed++) {
            counts[DrawAlgorithm.run("PL-1", "s" + seed, RATIOS, 100, tenOfA, INSPECTORS).picks().size()]++;
        }
        assertThat(counts[2]).isZero();
        assertThat(counts[1] / 10_000.0).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void the_batch_count_caps_the_draw_and_keeps_the_classes_in_proportion() {
        var capped = DrawAlgorithm.run("PL-1", "cap", RATIOS, 100, pool(), INSPECTORS);
        Map<RiskClass, Long> perClass = capped.picks().stream().collect(Collectors.groupingBy(Pick::riskClass,
                Collectors.counting()));

        // uncapped quotas: A 5, B 30, C 120, D 70 (225); capped to 100 in proportion: 2 or 3, 13 or 14, 53, 31
        assertThat(capped.picks()).hasSize(100);
        assertThat(perClass.get(RiskClass.C)).isBetween(52L, 54L);
        assertThat(perClass.get(RiskClass.D)).isBetween(30L, 32L);
        assertThat(Set.copyOf(capped.picks().stream().map(Pick::uscc).toList())).hasSize(100);
    }

    @Test
    void an_inspector_with_a_declared_conflict_is_passed_over_and_another_drawn_and_a_pair_is_never_one_person() {
        List<Candidate> pool = pool();
        String conflicted = pool.get(0).uscc();
        List<Examiner> inspectors = List.of(examiner("i1", conflicted), examiner("i2", conflicted), examiner("i3"),
                examiner("i4"));
        ClassRatios all = new ClassRatios(new BigDecimal("0.05"), new BigDecimal("0.20"), new BigDecimal("0.60"),
                BigDecimal.ONE);
        int conflictedDrawn = 0;
        for (int seed = 0; seed < 200; seed++) {
            for (Pick pick : DrawAlgorithm.run("PL-1", "c" + seed, all, 10_000, pool, inspectors).picks()) {
                assertThat(pick.inspectorIds()).hasSize(2).doesNotHaveDuplicates();
                if (pick.uscc().equals(conflicted)) {
                    conflictedDrawn++;
                    assertThat(pick.inspectorIds()).containsExactlyInAnyOrder("i3", "i4");
                }
            }
        }
        assertThat(conflictedDrawn).isPositive();
    }

    @Test
    void a_pick_without_two_free_qualified_inspectors_refuses_the_draw() {
        List<Candidate> pool = pool();
        List<Examiner> one = List.of(examiner("i1"), new Examiner("i2", List.of("toys"), List.of()));
        assertThatThrownBy(() -> DrawAlgorithm.run("PL-1", "x", RATIOS, 10, pool, one))
                .isInstanceOf(DrawAlgorithm.NotEnoughInspectors.class)
                .hasMessageContaining("food");
    }

    @Test
    void the_random_numbers_are_sha256_in_counter_mode_as_the_adr_writes_them_down() throws Exception {
        var random = new DrawRandom("abc");
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] key = sha.digest("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] block0 = sha.digest(java.nio.ByteBuffer.allocate(40).put(key).putLong(0).array());
        long first = java.nio.ByteBuffer.wrap(block0).getLong();

        assertThat(random.next()).isEqualTo(first);
        assertThat(new DrawRandom("abc").below(10)).isEqualTo((int) ((first >>> 1) % 10));
    }
}
