package org.qsp.rectification.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.rectification.RectificationTaskClosed;
import org.qsp.contracts.rectification.RectificationTaskReferred;
import org.qsp.contracts.rectification.RectificationTaskSuspended;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.WorkingDayCalendar;
import org.qsp.platform.errors.DomainException;

/** The re-check's conclusion and the escalation after it (DOMAIN.md §4, ADR 0024), without Spring. */
class RecheckEscalationTest {

    private static final Instant ORDERED = Instant.parse("2026-03-02T08:00:00Z");
    private static final String USCC = "91330100MA27XY012B";
    private static final Caller OWNER = new Caller("e", Set.of(Role.ENTERPRISE), Optional.of(USCC), Optional.empty());
    private static final Caller REGULATOR = new Caller("r", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("330100"));

    private final RectificationPolicy policy = new RectificationPolicy(new Deadlines(
            new WorkingDayCalendar(List.of(new HolidayYear(2026, "test", Set.of(LocalDate.of(2026, 5, 1)), Set.of()))),
            ZoneId.of("Asia/Shanghai")), 60, 75);

    private RectificationTask open(String uscc, boolean stopSale) {
        RectificationOrder order = policy.afterFailedSample(ORDERED);
        return RectificationTask.open(TaskId.forSample("S-1"), new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"),
                new Enterprise(uscc, "杭州示例食品有限公司", "330106"), new Product("速冻水饺", "好味", "500g", "B1"),
                new RectificationOrder(order.orderedAt(), order.correctionDeadline(), order.recheckDue(), stopSale),
                ORDERED);
    }

    /** Opened, acknowledged, reported, accepted: RECHECK_REQUESTED with round 1 requested. */
    private RectificationTask requested(String uscc, boolean stopSale) {
        RectificationTask task = open(uscc, stopSale);
        Caller owner = new Caller("e", Set.of(Role.ENTERPRISE), Optional.of(uscc), Optional.empty());
        task.acknowledge(owner, ORDERED.plusSeconds(60));
        task.report(owner, "停售, 更换原料", List.of(), ORDERED.plusSeconds(120));
        task.review(REGULATOR, Review.Decision.ACCEPT, null, ORDERED.plusSeconds(180));
        return task;
    }

    private boolean conclude(RectificationTask task, int round, String sample, boolean passed, Instant at) {
        return task.concludeRecheck(round, sample, passed, at, policy.dayOf(at), policy.secondRecheckWindow(at));
    }

    @ParameterizedTest(name = "notice at {0}: second re-check from {1} by {2}")
    @CsvSource({
            // day 60 and day 90 after the notice's day in Asia/Shanghai, moved to the next working day
            "2026-05-20T02:00:00Z, 2026-07-20, 2026-08-18", // day 60 is a Sunday
            "2026-05-20T17:00:00Z, 2026-07-20, 2026-08-19", // already 21 May in Shanghai
            "2026-09-10T03:00:00Z, 2026-11-09, 2026-12-09"})
    void the_public_notice_opens_the_second_recheck_from_day_60_to_day_90(Instant noticeAt, LocalDate from,
            LocalDate by) {
        RectificationTask task = requested(USCC, true);

        conclude(task, 1, "S-R1", false, noticeAt);

        assertThat(task.status()).isEqualTo(TaskStatus.RECHECK_FAILED);
        PublicNotice notice = task.publicNotice();   // its content: PublicNoticeTest
        assertThat(notice.id()).isEqualTo("PN-RT-S-1");
        assertThat(notice.publishedAt()).isEqualTo(noticeAt);
        assertThat(notice.sampleId()).isEqualTo("S-R1");
        assertThat(notice.secondRecheckFrom()).isEqualTo(from);
        assertThat(notice.secondRecheckBy()).isEqualTo(by);
        assertThat(task.raisedEvents()).filteredOn(RectificationNoticePublished.class::isInstance).singleElement()
                .satisfies(e -> {
                    var published = (RectificationNoticePublished) e;
                    assertThat(published.secondRecheckFrom()).isEqualTo(from);
                    assertThat(published.secondRecheckBy()).isEqualTo(by);
                    assertThat(published.publishingRegion()).isEqualTo("330000");
                });
        assertThat(task.history()).extracting(Step::kind).endsWith(Step.Kind.RECHECK_FAILED,
                Step.Kind.PUBLIC_NOTICE_PUBLISHED);
    }

    @ParameterizedTest(name = "round 1 {0}, round 2 {1}: {2}")
    @CsvSource({
            "PASS, -,    CLOSED",
            "FAIL, -,    RECHECK_FAILED",
            "FAIL, PASS, CLOSED",
            "FAIL, FAIL, SUSPENDED"})
    void the_rounds_outcomes_decide_the_status(String first, String second, TaskStatus status) {
        RectificationTask task = requested(USCC, true);
        Instant noticeAt = Instant.parse("2026-05-20T02:00:00Z");
        conclude(task, 1, "S-R1", first.equals("PASS"), noticeAt);
        if (!second.equals("-")) {
            assertThat(task.requestDueRecheck(LocalDate.of(2026, 7, 20), 10, noticeAt.plusSeconds(60 * 86_400)))
                    .isTrue();
            conclude(task, 2, "S-R2", second.equals("PASS"), Instant.parse("2026-08-01T02:00:00Z"));
        }

        assertThat(task.status()).isEqualTo(status);
        assertThat(task.stopSaleLiftedAt() != null).isEqualTo(status == TaskStatus.CLOSED);
        assertThat(task.licenceRevocationRecommended()).isEqualTo(status == TaskStatus.SUSPENDED);
        assertThat(task.raisedEvents().stream().filter(RectificationTaskClosed.class::isInstance).count())
                .isEqualTo(status == TaskStatus.CLOSED ? 1 : 0);
        assertThat(task.raisedEvents().stream().filter(RectificationTaskSuspended.class::isInstance).count())
                .isEqualTo(status == TaskStatus.SUSPENDED ? 1 : 0);
    }

    @ParameterizedTest(name = "round 2 on {0}: {1}")
    @CsvSource({"2026-07-19, false", "2026-07-20, true", "2026-08-30, true"})
    void the_second_recheck_is_requested_from_its_first_day_once_due_by_day_90(LocalDate today, boolean requested) {
        RectificationTask task = requested(USCC, true);
        conclude(task, 1, "S-R1", false, Instant.parse("2026-05-20T02:00:00Z"));
        Instant now = Instant.parse("2026-07-19T02:00:00Z");

        assertThat(task.requestDueRecheck(today, 10, now)).isEqualTo(requested);
        assertThat(task.requestDueRecheck(today, 10, now)).isFalse();

        var rounds2 = task.raisedEvents().stream().filter(RectificationRecheckRequested.class::isInstance)
                .map(RectificationRecheckRequested.class::cast).filter(r -> r.round() == 2).toList();
        assertThat(rounds2).hasSize(requested ? 1 : 0);
        rounds2.forEach(r -> assertThat(r.dueBy()).isEqualTo(LocalDate.of(2026, 8, 18)));
    }

    @Test
    void a_pass_without_a_stop_sale_duty_closes_and_lifts_nothing() {
        RectificationTask task = requested(USCC, false);

        conclude(task, 1, "S-R1", true, Instant.parse("2026-05-10T02:00:00Z"));

        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.stopSaleLiftedAt()).isNull();
        assertThat(task.raisedEvents()).contains(new RectificationTaskClosed("RT-S-1", USCC, 1, "S-R1", false,
                Instant.parse("2026-05-10T02:00:00Z")));
        assertThat(task.figures()).isEqualTo(new RectificationTask.Figures(0, 1, 1, 68));
    }

    @Test
    void the_same_conclusion_again_changes_nothing_and_another_sample_for_the_round_is_rejected() {
        RectificationTask task = requested(USCC, true);
        Instant at = Instant.parse("2026-05-10T02:00:00Z");
        assertThat(conclude(task, 1, "S-R1", true, at)).isTrue();
        int events = task.raisedEvents().size();

        assertThat(conclude(task, 1, "S-R1", true, at.plusSeconds(5))).isFalse();
        assertThat(task.raisedEvents()).hasSize(events);
        assertThatThrownBy(() -> conclude(task, 1, "S-OTHER", false, at))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("recheck-already-concluded");
    }

    @ParameterizedTest(name = "round {0} while {1}: {2}")
    @CsvSource({
            "2, RECHECK_REQUESTED, recheck-not-requested",
            "1, NOTIFIED,          recheck-not-requested"})
    void a_conclusion_the_task_does_not_await_is_rejected(int round, String state, String code) {
        RectificationTask task = state.equals("NOTIFIED") ? open(USCC, true) : requested(USCC, true);

        assertThatThrownBy(() -> conclude(task, round, "S-R", false, Instant.parse("2026-05-10T02:00:00Z")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
        assertThat(task.publicNotice()).isNull();
    }

    @ParameterizedTest(name = "USCC {0} for an enterprise of 330106: referred to {1}")
    @CsvSource({
            "91330100MA27XY012B, -",       // registered in Hangzhou itself
            "91330106MA27XY012B, -",       // in the county itself
            "91320100MA27XY012B, 320100",  // Nanjing: another province
            "91330200MA27XY012B, 330200"}) // Ningbo: another city of the province
    void a_producer_registered_in_another_city_is_referred_to_its_authority_at_the_notice(String uscc,
            String toRegion) {
        RectificationTask task = requested(uscc, true);

        conclude(task, 1, "S-R1", false, Instant.parse("2026-05-20T02:00:00Z"));

        var referred = task.raisedEvents().stream().filter(RectificationTaskReferred.class::isInstance)
                .map(RectificationTaskReferred.class::cast).toList();
        if (toRegion.equals("-")) {
            assertThat(referred).isEmpty();
            assertThat(task.referredTo()).isNull();
        } else {
            assertThat(referred).singleElement().satisfies(r -> {
                assertThat(r.toRegion()).isEqualTo(toRegion);
                assertThat(r.fromRegion()).isEqualTo("330106");
            });
            assertThat(task.referredTo()).isEqualTo(toRegion);
        }
    }

    @ParameterizedTest(name = "overdue task on {0}: round 1 requested {1}")
    @CsvSource({
            // ordered 2026-03-02: correction deadline 2026-05-01 → working day 2026-05-04, re-check day 2026-05-18
            "2026-05-07, false",
            "2026-05-08, true",
            "2026-05-20, true"})
    void an_overdue_task_is_rechecked_anyway_lead_days_before_its_recheck_day(LocalDate today, boolean requested) {
        RectificationTask task = open(USCC, true);
        task.markOverdueIfLate(LocalDate.of(2026, 5, 5), Instant.parse("2026-05-05T00:00:00Z"));
        assertThat(task.status()).isEqualTo(TaskStatus.OVERDUE);

        assertThat(task.requestDueRecheck(today, 10, Instant.parse("2026-05-08T00:00:00Z"))).isEqualTo(requested);
        assertThat(task.requestDueRecheck(today, 10, Instant.parse("2026-05-08T00:00:00Z"))).isFalse();

        assertThat(task.status()).isEqualTo(requested ? TaskStatus.RECHECK_REQUESTED : TaskStatus.OVERDUE);
        assertThat(task.rechecks()).hasSize(requested ? 1 : 0);
        task.rechecks().forEach(r -> {
            assertThat(r.trigger()).isEqualTo(Recheck.Trigger.RECHECK_DUE);
            assertThat(r.dueBy()).isEqualTo(LocalDate.of(2026, 5, 18));
        });
    }
}
