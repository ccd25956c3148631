package org.qsp.monitor.stream.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.stream.StreamHub;
import org.qsp.monitor.stream.StreamService;
import org.qsp.monitor.stream.Viewer;
import org.qsp.monitor.timeline.web.EntryView;
import org.qsp.platform.access.Caller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream as Server-Sent Events: {@code id} the event's number in this instance's stream, {@code event: qsp}
 * and the entry as {@code data}; a {@code : heartbeat} comment when idle; {@code event: dropped} and the end for a
 * viewer that fell too far behind. Each stream is written by a virtual thread of its own, so a client that reads
 * slowly blocks only its own writer; the request thread is free once the stream is open.
 * <p>
 * The frames are written as bytes rather than through {@code SseEmitter}: an event's frame is the same for every
 * viewer that may see it (the masking is done before the ring), so it is rendered once and shared, and a delivery is
 * one write and one flush. A writer that finds several events waiting writes them together.
 */
@RestController
@RequestMapping("/api/monitor/v1/stream")
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class StreamController {

    private static final Logger log = LoggerFactory.getLogger(StreamController.class);
    private static final byte[] CONNECTED = ": connected\nretry:3000\n\n".getBytes(StandardCharsets.UTF_8);
    /** The most events one write carries: a viewer behind by more catches up over several. */
    private static final int BATCH = 64;
    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

    private final StreamService streams;
    private final MonitorProperties.Stream properties;
    private final JsonMapper json;

    StreamController(StreamService streams, MonitorProperties properties, JsonMapper json) {
        this.streams = streams;
        this.properties = properties.stream();
        this.json = json;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<ResponseBodyEmitter> stream(@RequestParam(required = false) String types,
            @RequestParam(required = false) String region, @RequestParam(required = false) String uscc,
            @RequestParam(required = false) String q, @RequestParam(required = false) String lastEventId,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader, Caller caller) {
        Viewer viewer = streams.open(caller, types, region, uscc, q,
                lastEventIdHeader != null ? lastEventIdHeader : lastEventId);
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(properties.maxConnection().toMillis());
        emitter.onCompletion(() -> streams.close(viewer));
        emitter.onTimeout(() -> streams.close(viewer));
        emitter.onError(e -> streams.close(viewer));
        Thread.ofVirtual().name("qsp-monitor-viewer").start(() -> write(viewer, emitter));
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no").body(emitter);
    }

    private void write(Viewer viewer, ResponseBodyEmitter emitter) {
        try {
            send(emitter, CONNECTED);
            ByteArrayOutputStream frames = new ByteArrayOutputStream();
            while (true) {
                frames.reset();
                for (Viewer.Next next : viewer.nextBatch(properties.heartbeat(), BATCH)) {
                    switch (next) {
                        case Viewer.Event event -> frames.writeBytes(event.event().frame(this::render));
                        case Viewer.Heartbeat heartbeat -> frames.writeBytes(HEARTBEAT);
                        case Viewer.Dropped dropped -> {
                            frames.writeBytes(frame("event:dropped\n", Map.of("reason", dropped.reason())));
                            end(emitter, frames);
                            return;
                        }
                        case Viewer.Closed closed -> {
                            end(emitter, frames);
                            return;
                        }
                    }
                }
                send(emitter, frames.toByteArray());
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("a stream viewer went away: {}", gone.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.close(viewer);
        }
    }

    private static void end(ResponseBodyEmitter emitter, ByteArrayOutputStream frames) throws IOException {
        if (frames.size() > 0) {
            send(emitter, frames.toByteArray());
        }
        emitter.complete();
    }

    private byte[] render(StreamHub.Sequenced event) {
        return frame("id:" + event.sequence() + "\nevent:qsp\n", EntryView.of(event.entry()));
    }

    /** A frame of the given fields and JSON data (compact, so on one {@code data} line). */
    private byte[] frame(String fields, Object data) {
        return (fields + "data:" + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(ResponseBodyEmitter emitter, byte[] frame) throws IOException {
        emitter.send(frame, MediaType.TEXT_EVENT_STREAM);
    }
}
