package org.qsp.monitor.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qsp.monitor.timeline.TimelineEntry;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;

class StreamHubTest {

    private static final Caller HANGZHOU = new Caller("regulator-hz", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("330100"));
    private static final Caller SHENZHEN = new Caller("regulator-sz", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("440300"));
    private static final Caller NATION = new Caller("regulator-cn", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("100000"));
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), Optional.empty(), Optional.empty());
    private static final Duration NOW = Duration.ZERO;

    private final StreamHub hub = new StreamHub(8, 4, 1000);

    @Test
    void a_regulator_of_330100_never_receives_an_event_of_440300_and_the_nation_and_an_operator_receive_both()
            throws Exception {
        Viewer hangzhou = hub.open(filter(HANGZHOU), null);
        Viewer shenzhen = hub.open(filter(SHENZHEN), null);
        Viewer nation = hub.open(filter(NATION), null);
        Viewer admin = hub.open(filter(ADMIN), null);
        hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("b", "440305", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("c", null, "org.qsp.monitor.alert.raised.v1"));

        assertThat(drain(hangzhou)).containsExactly("a");
        assertThat(drain(shenzhen)).containsExactly("b");
        assertThat(drain(nation)).containsExactly("a", "b", "c");
        assertThat(drain(admin)).containsExactly("a", "b", "c");
    }

    @Test
    void filters_by_type_prefix_region_prefix_enterprise_and_text() throws Exception {
        Viewer samples = hub.open(new ViewerFilter(NATION, List.of("inspection.sample"), null, null, null), null);
        Viewer county = hub.open(new ViewerFilter(NATION, List.of(), "330106", null, null), null);
        Viewer text = hub.open(new ViewerFilter(NATION, List.of(), null, null, "整改"), null);
        hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("b", "330108", "org.qsp.rectification.task.opened.v1"));

        assertThat(drain(samples)).containsExactly("a");
        assertThat(drain(county)).containsExactly("a");
        assertThat(drain(text)).containsExactly("b");
    }

    @Test
    void a_division_code_as_the_region_filter_means_that_division_and_every_one_under_it() throws Exception {
        Viewer city = hub.open(new ViewerFilter(NATION, List.of(), "330100", null, null), null);
        Viewer province = hub.open(new ViewerFilter(NATION, List.of(), "330000", null, null), null);
        Viewer nation = hub.open(new ViewerFilter(NATION, List.of(), "100000", null, null), null);
        Viewer digits = hub.open(new ViewerFilter(NATION, List.of(), "3302", null, null), null);
        hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("b", "330212", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("c", "440305", "org.qsp.inspection.sample.failed.v1"));

        assertThat(drain(city)).containsExactly("a");
        assertThat(drain(province)).containsExactly("a", "b");
        assertThat(drain(nation)).containsExactly("a", "b", "c");
        assertThat(drain(digits)).containsExactly("b");
    }

    @Test
    void last_event_id_resumes_after_that_event_from_the_ring_then_live_without_gap_or_repeat() throws Exception {
        long first = hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("b", "440305", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("c", "330106", "org.qsp.rectification.task.opened.v1"));
        Viewer resumed = hub.open(filter(HANGZHOU), first);
        hub.publish(entry("d", "330106", "org.qsp.credit.class.changed.v1"));

        List<StreamHub.Sequenced> events = drainEvents(resumed);
        assertThat(events).extracting(e -> e.entry().eventId()).containsExactly("c", "d");
        assertThat(events.getFirst().sequence()).isEqualTo(first + 2);
    }

    @Test
    void a_viewer_whose_queue_fills_up_is_dropped_with_a_reason_and_the_others_keep_receiving() throws Exception {
        Viewer slow = hub.open(filter(HANGZHOU), null);
        Viewer reading = hub.open(filter(HANGZHOU), null);
        List<String> read = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hub.publish(entry("e" + i, "330106", "org.qsp.inspection.sample.failed.v1"));
            read.addAll(drain(reading));
        }

        assertThat(slow.next(NOW)).isInstanceOfSatisfying(Viewer.Dropped.class,
                d -> assertThat(d.reason()).contains("behind"));
        assertThat(slow.isOpen()).isFalse();
        assertThat(read).hasSize(10);
        assertThat(hub.viewers()).isEqualTo(1);
    }

    @Test
    void the_nation_as_a_region_filter_keeps_the_events_of_no_region() throws Exception {
        Viewer nation = hub.open(new ViewerFilter(NATION, List.of(), "100000", null, null), null);
        Viewer province = hub.open(new ViewerFilter(NATION, List.of(), "330000", null, null), null);
        hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        hub.publish(entry("c", null, "org.qsp.monitor.alert.raised.v1"));

        assertThat(drain(nation)).containsExactly("a", "c");
        assertThat(drain(province)).containsExactly("a");
    }

    @Test
    void an_idle_viewer_gets_a_heartbeat() throws Exception {
        Viewer idle = hub.open(filter(HANGZHOU), null);
        assertThat(idle.next(Duration.ofMillis(10))).isInstanceOf(Viewer.Heartbeat.class);
    }

    @Test
    void a_writer_behind_takes_what_waits_in_one_batch_in_order_up_to_its_bound_and_the_end_after_it()
            throws Exception {
        Viewer viewer = hub.open(filter(HANGZHOU), null);
        for (String id : List.of("a", "b", "c")) {
            hub.publish(entry(id, "330106", "org.qsp.inspection.sample.failed.v1"));
        }

        assertThat(viewer.nextBatch(NOW, 2)).extracting(next -> ((Viewer.Event) next).event().entry().eventId())
                .containsExactly("a", "b");
        hub.close(viewer);
        assertThat(viewer.nextBatch(NOW, 64)).extracting(next -> next instanceof Viewer.Event event
                ? event.event().entry().eventId() : next.getClass().getSimpleName()).containsExactly("c", "Closed");
    }

    @Test
    void an_event_is_rendered_once_for_all_its_viewers() throws Exception {
        Viewer first = hub.open(filter(HANGZHOU), null);
        Viewer second = hub.open(filter(NATION), null);
        hub.publish(entry("a", "330106", "org.qsp.inspection.sample.failed.v1"));
        List<String> rendered = new ArrayList<>();
        java.util.function.Function<StreamHub.Sequenced, byte[]> render = event -> {
            rendered.add(event.entry().eventId());
            return event.entry().eventId().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };

        byte[] one = drainEvents(first).getFirst().frame(render);
        byte[] other = drainEvents(second).getFirst().frame(render);

        assertThat(other).isSameAs(one);
        assertThat(rendered).containsExactly("a");
    }

    private static ViewerFilter filter(Caller caller) {
        return new ViewerFilter(caller, List.of(), null, null, null);
    }

    private static TimelineEntry entry(String id, String region, String type) {
        String summary = type.contains("rectification") ? "整改任务已下达" : "事件 " + id;
        return new TimelineEntry("/qsp/test/" + id, id, type, Instant.parse("2026-11-25T02:00:00Z"), "test", summary,
                null, List.of("S-" + id), null, region, false);
    }

    private static List<String> drain(Viewer viewer) throws InterruptedException {
        return drainEvents(viewer).stream().map(e -> e.entry().eventId()).toList();
    }

    private static List<StreamHub.Sequenced> drainEvents(Viewer viewer) throws InterruptedException {
        List<StreamHub.Sequenced> events = new ArrayList<>();
        while (viewer.next(NOW) instanceof Viewer.Event event) {
            events.add(event.event());
        }
        return events;
    }
}
