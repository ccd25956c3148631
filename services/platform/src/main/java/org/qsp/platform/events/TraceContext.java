package org.qsp.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Carries the W3C trace context from the request that raised an event, through the outbox
 * document, to the relay that publishes it later (possibly after a restart).
 */
public class TraceContext {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public TraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public Optional<String> currentTraceparent() {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        if (t == null || p == null || t.currentTraceContext().context() == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        p.inject(t.currentTraceContext().context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(CloudEventHeaders.TRACEPARENT));
    }

    /** Runs {@code work} in a span that continues the trace of {@code traceparent}, when there is one. */
    public <T> T continueTrace(String traceparent, String spanName, Supplier<T> work) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        if (t == null || p == null || traceparent == null) {
            return work.get();
        }
        Span span = p.extract(Map.of(CloudEventHeaders.TRACEPARENT, traceparent), Map::get).name(spanName).start();
        try (Tracer.SpanInScope ignored = t.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
