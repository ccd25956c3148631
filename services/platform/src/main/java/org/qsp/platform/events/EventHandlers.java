package org.qsp.platform.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.qsp.contracts.EventType;

/** The handlers of one service, by event type; filled by its {@link EventSubscriber}s. */
public final class EventHandlers {

    private final Map<EventType<?>, List<Consumer<IncomingEvent<?>>>> byType = new LinkedHashMap<>();

    /** Handles the payload of every event of {@code type}. */
    public <T> EventHandlers on(EventType<T> type, Consumer<? super T> handler) {
        return onEvent(type, event -> handler.accept(event.payload()));
    }

    /** Handles every event of {@code type} with its envelope (id, source, time: what dedup keys are made of). */
    @SuppressWarnings("unchecked")
    public <T> EventHandlers onEvent(EventType<T> type, Consumer<? super IncomingEvent<T>> handler) {
        byType.computeIfAbsent(type, t -> new ArrayList<>())
                .add(event -> handler.accept((IncomingEvent<T>) event));
        return this;
    }

    Map<EventType<?>, List<Consumer<IncomingEvent<?>>>> byType() {
        return Collections.unmodifiableMap(byType);
    }
}
