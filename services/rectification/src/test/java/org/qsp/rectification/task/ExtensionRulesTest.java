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
import org.springframework.test.util.ReflectionTestUtils;
import org.qsp.contracts.rectification.RectificationDeadlineExtended;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.WorkingDayCalendar;
import org.qsp.platform.errors.DomainException;

/** Which deadline may be extended when, and how (ADR 0024), as a table; no Spring. */
class ExtensionRulesTest {

    private static final Instant ORDERED = Instant.parse("2026-03-02T08:00:00Z");
    private static final String USCC = "91330100MA27XY012B";
    private static final Caller REGULATOR = new Caller("regulator-hz", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("330100"));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final Instant NOW = Instant.parse("2026-05-10T02:00:00Z");

    private final RectificationPolicy policy = new RectificationPolicy(new Deadlines(
            new WorkingDayCalendar(List.of(new HolidayYear(2026, "test", Set.of(LocalDate.of(2026, 5, 1)), Set.of()))),
            ZoneId.of("Asia/Shanghai")), 60, 75);

    /** Correction deadline 2026-05-04, re-check day 2026-05-18; a public notice (second re-check by 2026-08-18). */
    private RectificationTask task(TaskStatus status) {
        RectificationTask task = RectificationTask.open(TaskId.forSample("S-1"),
                new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"),
                new Enterprise(USCC, "杭州示例食品有限公司", "330106"), new Product("速冻水饺", null, null, null),
                policy.afterFailedSample(ORDERED), ORDERED);
        ReflectionTestUtils.setField(task, "status", status);
        if (status == TaskStatus.RECHECK_FAILED) {
            ReflectionTestUtils.setField(task, "publicNotice", new PublicNotice("PN-RT-S-1", "330000", NOW,
                    "杭州示例食品有限公司", USCC, "速冻水饺", "S-R1", "复查不合格", "公告", LocalDate.of(2026, 7, 20),
                    LocalDate.of(2026, 8, 18)));
        }
        return task;
    }

    @ParameterizedTest(name = "{0} {1} to {2}: {3}")
    @CsvSource({
            "NOTIFIED,          CORRECTION,     2026-05-31, NOTIFIED",
            "ACKNOWLEDGED,      CORRECTION,     2026-05-31, ACKNOWLEDGED",
            "OVERDUE,           CORRECTION,     2026-05-31, NOTIFIED",         // back to awaiting correction
            "OVERDUE,           CORRECTION,     2026-05-10, NOTIFIED",         // today still counts
            "OVERDUE,           CORRECTION,     2026-05-09, OVERDUE",          // moved, but still past
            "REPORTED,          CORRECTION,     2026-05-31, REPORTED",
            "RECHECK_REQUESTED, CORRECTION,     2026-05-31, deadline-not-applicable",
            "NOTIFIED,          CORRECTION,     2026-05-04, until-not-after-deadline",
            "NOTIFIED,          CORRECTION,     2026-05-03, until-not-after-deadline",
            "RECHECK_REQUESTED, RECHECK,        2026-06-01, RECHECK_REQUESTED",
            "OVERDUE,           RECHECK,        2026-06-01, OVERDUE",
            "RECHECK_FAILED,    RECHECK,        2026-06-01, deadline-not-applicable",
            "RECHECK_FAILED,    SECOND_RECHECK, 2026-09-01, RECHECK_FAILED",
            "RECHECK_REQUESTED, SECOND_RECHECK, 2026-09-01, deadline-not-applicable",
            "SUSPENDED,         CORRECTION,     2026-09-01, deadline-not-applicable",
            "CLOSED,            RECHECK,        2026-09-01, task-final",
            "LICENCE_REVOKED,   CORRECTION,     2026-09-01, task-final"})
    void an_extension_moves_the_deadline_that_applies_now_to_a_later_day(TaskStatus status,
            Extension.Deadline deadline, LocalDate until, String outcome) {
        RectificationTask task = task(status);

        if (outcome.contains("-")) {
            assertThatThrownBy(() -> task.extend(REGULATOR, deadline, until, "原料断供", TODAY, NOW))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(outcome);
            assertThat(task.extensions()).isEmpty();
            assertThat(task.status()).isEqualTo(status);
            return;
        }
        assertThat(task.extend(REGULATOR, deadline, until, "原料断供", TODAY, NOW)).isTrue();
        assertThat(task.status()).isEqualTo(TaskStatus.valueOf(outcome));
        LocalDate current = switch (deadline) {
            case CORRECTION -> task.order().correctionDeadline();
            case RECHECK -> task.order().recheckDue();
            case SECOND_RECHECK -> task.publicNotice().secondRecheckBy();
        };
        assertThat(current).isEqualTo(until);
        assertThat(task.extensions()).singleElement().satisfies(e -> {
            assertThat(e.approver()).isEqualTo("regulator-hz");
            assertThat(e.until()).isEqualTo(until);
            assertThat(e.reason()).isEqualTo("原料断供");
        });
        assertThat(task.raisedEvents()).filteredOn(RectificationDeadlineExtended.class::isInstance).hasSize(1);
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @CsvSource(value = {"''", "'  '", "NULL"}, nullValues = "NULL")
    void an_extension_needs_a_reason(String reason) {
        RectificationTask task = task(TaskStatus.NOTIFIED);

        assertThatThrownBy(() -> task.extend(REGULATOR, Extension.Deadline.CORRECTION, LocalDate.of(2026, 5, 31),
                reason, TODAY, NOW)).extracting(e -> ((DomainException) e).code()).isEqualTo("reason-required");
    }

    @Test
    void the_same_extension_again_changes_nothing() {
        RectificationTask task = task(TaskStatus.ACKNOWLEDGED);
        task.extend(REGULATOR, Extension.Deadline.CORRECTION, LocalDate.of(2026, 5, 31), "原料断供", TODAY, NOW);
        int events = task.raisedEvents().size();

        assertThat(task.extend(REGULATOR, Extension.Deadline.CORRECTION, LocalDate.of(2026, 5, 31), "原料断供", TODAY,
                NOW.plusSeconds(60))).isFalse();
        assertThat(task.extensions()).hasSize(1);
        assertThat(task.raisedEvents()).hasSize(events);
    }

    @Test
    void a_regulator_of_another_region_learns_nothing() {
        RectificationTask task = task(TaskStatus.NOTIFIED);
        Caller ningbo = new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.of("330200"));

        assertThatThrownBy(() -> task.extend(ningbo, Extension.Deadline.CORRECTION, LocalDate.of(2026, 5, 31), "x",
                TODAY, NOW)).isInstanceOf(NotYourTask.class);
    }
}
