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
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.WorkingDayCalendar;
import org.qsp.platform.errors.DomainException;

class RectificationTaskTest {

    private static final Instant CONCLUDED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final String USCC = "91330100MA27XY012B";
    private static final String REGION = "330106";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 4);
    private static final Caller OWNER = enterprise(USCC);
    private static final RectificationTaskOpened OPENED = new RectificationTaskOpened("RT-S-1", "SAMPLE_FAILED",
            "S-1", new EnterpriseRef(USCC, "杭州示例食品有限公司", REGION), "速冻水饺", CONCLUDED, DEADLINE,
            LocalDate.of(2026, 5, 18), true);

    private final RectificationPolicy policy = new RectificationPolicy(new Deadlines(
            new WorkingDayCalendar(List.of(new HolidayYear(2026, "test", Set.of(LocalDate.of(2026, 5, 1)), Set.of()))),
            ZoneId.of("Asia/Shanghai")), 60, 75);

    private RectificationTask open() {
        return RectificationTask.open(TaskId.forSample("S-1"), new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"),
                new Enterprise(USCC, "杭州示例食品有限公司", REGION), new Product("速冻水饺", "好味", "500g", "20260201"),
                policy.afterFailedSample(CONCLUDED), ISSUED);
    }

    private static Caller enterprise(String uscc) {
        return new Caller("e", Set.of(Role.ENTERPRISE), Optional.of(uscc), Optional.empty());
    }

    private static Caller regulator(String region) {
        return new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.of(region));
    }

    @Test
    void opening_orders_the_stop_of_sale_issues_the_notice_and_raises_one_opened_event() {
        RectificationTask task = open();

        assertThat(task.id()).isEqualTo("RT-S-1");
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.order()).isEqualTo(new RectificationOrder(CONCLUDED, DEADLINE, LocalDate.of(2026, 5, 18),
                true));
        assertThat(task.notices()).containsExactly(new Notice(Notice.Kind.RECTIFICATION_ORDER, ISSUED, null, null, null));
        assertThat(task.raisedEvents()).containsExactly(OPENED);
    }

    @Test
    void acknowledging_moves_a_notified_task_once_and_again_changes_nothing_and_raises_nothing() {
        RectificationTask task = open();
        Instant at = ISSUED.plusSeconds(3600);

        task.acknowledge(OWNER, at);
        task.acknowledge(OWNER, at.plusSeconds(60));

        assertThat(task.status()).isEqualTo(TaskStatus.ACKNOWLEDGED);
        assertThat(task.orderNotice().acknowledgedAt()).isEqualTo(at);
        assertThat(task.raisedEvents()).containsExactly(OPENED, new RectificationTaskAcknowledged("RT-S-1", USCC, at));
    }

    @Test
    void anyone_but_the_owner_is_told_the_task_does_not_exist_and_nothing_changes() {
        RectificationTask task = open();

        for (Caller stranger : List.of(enterprise("91330100MA27XY013X"), regulator(REGION),
                new Caller("e", Set.of(Role.REGULATOR), Optional.of(USCC), Optional.of(REGION)))) {
            assertThatThrownBy(() -> task.acknowledge(stranger, ISSUED))
                    .isInstanceOf(NotYourTask.class)
                    .hasMessage("rectification task RT-S-1 does not exist")
                    .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        }
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.orderNotice().isAcknowledged()).isFalse();
        assertThat(task.raisedEvents()).containsExactly(OPENED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"REPORTED", "RECHECK_REQUESTED", "CLOSED",
            "RECHECK_FAILED", "SUSPENDED", "LICENCE_REVOKED"})
    void the_transition_table_refuses_an_acknowledgement_in_a_later_status(TaskStatus later) {
        RectificationTask task = open();
        ReflectionTestUtils.setField(task, "status", later);

        assertThatThrownBy(() -> task.acknowledge(OWNER, ISSUED))
                .isInstanceOf(IllegalTransition.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("illegal-transition");
        assertThat(task.status()).isEqualTo(later);
        assertThat(task.orderNotice().isAcknowledged()).isFalse();
        assertThat(task.raisedEvents()).containsExactly(OPENED);
    }

    @ParameterizedTest(name = "on {0}: overdue {1}")
    @CsvSource({"2026-05-03, false", "2026-05-04, false", "2026-05-05, true"})
    void a_task_becomes_overdue_the_day_after_its_correction_deadline(LocalDate today, boolean overdue) {
        RectificationTask task = open();

        task.markOverdueIfLate(today, ISSUED);

        assertThat(task.status()).isEqualTo(overdue ? TaskStatus.OVERDUE : TaskStatus.NOTIFIED);
        assertThat(task.raisedEvents()).hasSize(overdue ? 2 : 1);
    }

    @Test
    void an_acknowledged_task_becomes_overdue_once_and_a_late_acknowledgement_keeps_it_overdue() {
        RectificationTask acknowledged = open();
        acknowledged.acknowledge(OWNER, ISSUED);
        LocalDate late = LocalDate.of(2026, 5, 10);
        Instant now = Instant.parse("2026-05-10T01:00:00Z");

        acknowledged.markOverdueIfLate(late, now);
        acknowledged.markOverdueIfLate(late.plusDays(1), now.plusSeconds(86_400));

        assertThat(acknowledged.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(acknowledged.overdueAt()).isEqualTo(now);
        assertThat(acknowledged.raisedEvents()).containsExactly(OPENED,
                new RectificationTaskAcknowledged("RT-S-1", USCC, ISSUED),
                new RectificationTaskOverdue("RT-S-1", USCC, DEADLINE, now));

        RectificationTask neverAcknowledged = open();
        neverAcknowledged.markOverdueIfLate(late, now);
        neverAcknowledged.acknowledge(OWNER, now);
        assertThat(neverAcknowledged.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(neverAcknowledged.orderNotice().acknowledgedAt()).isEqualTo(now);
        assertThat(neverAcknowledged.raisedEvents()).containsExactly(OPENED,
                new RectificationTaskOverdue("RT-S-1", USCC, DEADLINE, now),
                new RectificationTaskAcknowledged("RT-S-1", USCC, now));
    }

    @ParameterizedTest(name = "regulator of {0}: {1}")
    @CsvSource({
            "100000, true",
            "330000, true",
            "330100, true",
            "330106, true",
            "330200, false",
            "330102, false",
            "320000, false"})
    void a_task_is_visible_to_the_regulators_whose_authority_covers_its_enterprise(String authority,
            boolean visible) {
        assertThat(open().isVisibleTo(regulator(authority))).isEqualTo(visible);
    }

    @Test
    void a_task_is_visible_to_its_owner_and_to_no_other_enterprise_or_role() {
        RectificationTask task = open();

        assertThat(task.isVisibleTo(OWNER)).isTrue();
        assertThat(task.isVisibleTo(enterprise("91330100MA27XY013X"))).isFalse();
        assertThat(task.isVisibleTo(new Caller("i", Set.of(Role.INSPECTOR), Optional.empty(), Optional.of(REGION))))
                .isFalse();
        assertThat(task.isVisibleTo(new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.empty())))
                .isFalse();
    }
}
