package org.qsp.monitor.stream.web;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.stream.StreamService;
import org.qsp.monitor.stream.Viewer;
import org.qsp.monitor.timeline.web.EntryView;
import org.qsp.platform.access.Caller;

/**
 * The live stream as Server-Sent Events: {@code id} the event's number in this instance's stream, {@code event: qsp}
 * and the entry as {@code data}; a {@code : heartbeat} comment when idle; {@code event: dropped} and the end for a
 * viewer that fell too far behind. Each stream is written by a virtual thread of its own, so a client that reads
 * slowly blocks only its own writer; the request thread is free once the stream is open.
 */
@RestController
@RequestMapping("/api/monitor/v1/stream")
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class StreamController {

    private static final Logger log = LoggerFactory.getLogger(StreamController.class);
    private static final String EVENT = "qsp";
    private static final String DROPPED = "dropped";

    private final StreamService streams;
    private final MonitorProperties.Stream properties;

    StreamController(StreamService streams, MonitorProperties properties) {
        this.streams = streams;
        this.properties = properties.stream();
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String types, @RequestParam(required = false) String region,
            @RequestParam(required = false) String uscc, @RequestParam(required = false) String q,
            @RequestParam(required = false) String lastEventId,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader, Caller caller) {
        Viewer viewer = streams.open(caller, types, region, uscc, q,
                lastEventIdHeader != null ? lastEventIdHeader : lastEventId);
        SseEmitter emitter = new SseEmitter(properties.maxConnection().toMillis());
        emitter.onCompletion(() -> streams.close(viewer));
        emitter.onTimeout(() -> streams.close(viewer));
        emitter.onError(e -> streams.close(viewer));
        Thread.ofVirtual().name("qsp-monitor-viewer").start(() -> write(viewer, emitter));
        return emitter;
    }

    private void write(Viewer viewer, SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().comment(" connected").reconnectTime(3000));
            while (true) {
                Viewer.Next next = viewer.next(properties.heartbeat());
                switch (next) {
                    case Viewer.Event event -> emitter.send(SseEmitter.event()
                            .id(String.valueOf(event.event().sequence())).name(EVENT)
                            .data(EntryView.of(event.event().entry()), MediaType.APPLICATION_JSON));
                    case Viewer.Heartbeat heartbeat -> emitter.send(SseEmitter.event().comment(" heartbeat"));
                    case Viewer.Dropped dropped -> {
                        emitter.send(SseEmitter.event().name(DROPPED).data(Map.of("reason", dropped.reason()),
                                MediaType.APPLICATION_JSON));
                        emitter.complete();
                        return;
                    }
                    case Viewer.Closed closed -> {
                        emitter.complete();
                        return;
                    }
                }
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("a stream viewer went away: {}", gone.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.close(viewer);
        }
    }
}
