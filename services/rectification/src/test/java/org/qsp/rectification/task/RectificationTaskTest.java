package org.qsp.rectification.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.TraceContext;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxEvent;
import org.qsp.rectification.calendar.Deadlines;
import org.qsp.rectification.calendar.HolidayYear;
import org.qsp.rectification.calendar.WorkingDayCalendar;
import tools.jackson.databind.json.JsonMapper;

class RectificationTaskTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant CONCLUDED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final String USCC = "91330100MA27XY012B";

    private final Outbox outbox = outbox();
    private final RectificationPolicy policy = new RectificationPolicy(new Deadlines(
            new WorkingDayCalendar(List.of(new HolidayYear(2026, "test", java.util.Set.of(LocalDate.of(2026, 5, 1)),
                    java.util.Set.of()))), ZoneId.of("Asia/Shanghai")), 60, 75);

    private static Outbox outbox() {
        var beans = new StaticListableBeanFactory();
        return new Outbox(new EventCodec(JSON), Clock.fixed(ISSUED, ZoneOffset.UTC),
                new TraceContext(beans.getBeanProvider(Tracer.class), beans.getBeanProvider(Propagator.class)));
    }

    private RectificationTask open(String region) {
        return RectificationTask.open(TaskId.forSample("S-1"), new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"),
                new Enterprise(USCC, "杭州示例食品有限公司", region), new Product("速冻水饺", "好味", "500g", "20260201"),
                policy.afterFailedSample(CONCLUDED), ISSUED, outbox);
    }

    private static List<String> types(RectificationTask task) {
        return task.getOutbox().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void opening_orders_the_stop_of_sale_issues_the_notice_and_raises_one_opened_event() {
        RectificationTask task = open("330106");

        assertThat(task.id()).isEqualTo("RT-S-1");
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.order()).isEqualTo(new RectificationOrder(CONCLUDED, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 18), true));
        assertThat(task.notices()).containsExactly(new Notice(Notice.Kind.RECTIFICATION_ORDER, ISSUED, null));
        assertThat(types(task)).containsExactly(EventCatalog.RECTIFICATION_TASK_OPENED.type());
        var opened = JSON.readValue(task.getOutbox().getFirst().payload(), RectificationTaskOpened.class);
        assertThat(opened.taskId()).isEqualTo("RT-S-1");
        assertThat(opened.sourceType()).isEqualTo("SAMPLE_FAILED");
        assertThat(opened.sourceId()).isEqualTo("S-1");
        assertThat(opened.enterprise().region()).isEqualTo("330106");
        assertThat(opened.orderedAt()).isEqualTo(CONCLUDED);
        assertThat(opened.correctionDeadline()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(opened.recheckDue()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(opened.stopSaleRequired()).isTrue();
    }

    @Test
    void acknowledging_moves_a_notified_task_once_and_again_changes_nothing() {
        RectificationTask task = open("330106");
        Instant at = ISSUED.plusSeconds(3600);

        assertThat(task.acknowledge(at, outbox)).isTrue();
        assertThat(task.acknowledge(at.plusSeconds(60), outbox)).isFalse();

        assertThat(task.status()).isEqualTo(TaskStatus.ACKNOWLEDGED);
        assertThat(task.orderNotice().acknowledgedAt()).isEqualTo(at);
        assertThat(types(task)).containsExactly(EventCatalog.RECTIFICATION_TASK_OPENED.type(),
                EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED.type());
    }

    @ParameterizedTest(name = "on {0}: overdue {1}")
    @CsvSource({"2026-05-03, false", "2026-05-04, false", "2026-05-05, true"})
    void a_task_becomes_overdue_the_day_after_its_correction_deadline(LocalDate today, boolean overdue) {
        RectificationTask task = open("330106");

        assertThat(task.markOverdueIfLate(today, ISSUED, outbox)).isEqualTo(overdue);
        assertThat(task.status()).isEqualTo(overdue ? TaskStatus.OVERDUE : TaskStatus.NOTIFIED);
    }

    @Test
    void an_acknowledged_task_becomes_overdue_once_and_a_late_acknowledgement_keeps_it_overdue() {
        RectificationTask acknowledged = open("330106");
        acknowledged.acknowledge(ISSUED, outbox);
        LocalDate late = LocalDate.of(2026, 5, 10);
        Instant now = Instant.parse("2026-05-10T01:00:00Z");

        assertThat(acknowledged.markOverdueIfLate(late, now, outbox)).isTrue();
        assertThat(acknowledged.markOverdueIfLate(late.plusDays(1), now, outbox)).isFalse();
        assertThat(acknowledged.overdueAt()).isEqualTo(now);
        var overdue = JSON.readValue(acknowledged.getOutbox().getLast().payload(), RectificationTaskOverdue.class);
        assertThat(overdue.correctionDeadline()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(overdue.detectedAt()).isEqualTo(now);

        RectificationTask neverAcknowledged = open("330106");
        neverAcknowledged.markOverdueIfLate(late, now, outbox);
        assertThat(neverAcknowledged.acknowledge(now, outbox)).isTrue();
        assertThat(neverAcknowledged.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(neverAcknowledged.orderNotice().acknowledgedAt()).isEqualTo(now);
    }

    @ParameterizedTest(name = "enterprise in {0}, authority {1}: {2}")
    @CsvSource({
            "330106, 330000, true",
            "330106, 330100, true",
            "330106, 330106, true",
            "330106, 330200, false",
            "330106, 320000, false",
            "330100, 330100, true",
            "330100, 330000, true",
            "330000, 330000, true",
            "330000, 330100, false"})
    void a_task_is_supervised_by_the_province_city_and_county_of_its_enterprise(String region, String authority,
            boolean supervised) {
        assertThat(open(region).isSupervisedBy(authority)).isEqualTo(supervised);
        assertThat(org.qsp.platform.region.Regions.covers(authority, region)).isEqualTo(supervised);
    }
}
