package org.qsp.platform.it;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.access.Caller;
import org.qsp.platform.events.EventHandlers;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.platform.uscc.ValidUscc;

/** A tiny service built on the platform, to test the platform's wiring as every service gets it. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    AggregateStore<Widget> widgetStore(AggregateStores stores) {
        return stores.of(Widget.class, "widget");
    }

    @Document("widgets")
    public static class Widget extends OutboxDocument {
        @Id
        String id;
        String name;

        public Widget(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Widget raising(Object event) {
            raise(event);
            return this;
        }

        public void rename(String newName) {
            name = newName;
        }

        public String name() {
            return name;
        }
    }

    /** An aggregate without {@code @Document}: the relay must find its collection all the same. */
    public static class Gadget extends OutboxDocument {
        String id;

        public Gadget(String id) {
            this.id = id;
        }

        public Gadget raising(Object event) {
            raise(event);
            return this;
        }
    }

    public record WidgetForm(@NotBlank String name, @NotNull @ValidUscc String uscc, @NotNull @Positive Integer size,
            @Valid @NotNull Part part) {
        public record Part(@NotBlank String label) {
        }
    }

    /** An answer with a nested record of the same simple name as one of the form's. */
    public record WidgetView(String name, Part part) {
        public record Part(String label, int count) {
        }
    }

    @RestController
    static class WidgetController {
        /** How many times an operation ran (a refusal before it runs does not count). */
        static final AtomicInteger CALLS = new AtomicInteger();

        @PutMapping("/api/platformtest/v1/widgets/{id}")
        @PreAuthorize("hasRole('INSPECTOR')")
        String put(@PathVariable String id, @Valid @RequestBody WidgetForm form, Caller caller) {
            CALLS.incrementAndGet();
            return caller.subject() + ":" + form.name();
        }

        @GetMapping("/api/platformtest/v1/widgets/{id}")
        @PreAuthorize("hasRole('INSPECTOR')")
        WidgetView get(@PathVariable String id, Optional<Caller> caller) {
            CALLS.incrementAndGet();
            return new WidgetView(id, new WidgetView.Part("l", 1));
        }
    }

    /**
     * Records each failed sample it receives in the store, once per event (keyed by the event's
     * source and id); passed samples are not its business.
     */
    @Component
    public static class SampleListener implements EventSubscriber {
        public static final String COLLECTION = "received";
        public final List<IncomingEvent<?>> received = new CopyOnWriteArrayList<>();
        public final AtomicInteger attempts = new AtomicInteger();
        private final MongoTemplate mongo;

        SampleListener(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public void subscribe(EventHandlers events) {
            events.onEvent(EventCatalog.SAMPLE_FAILED, this::record);
        }

        private void record(IncomingEvent<SampleFailed> event) {
            attempts.incrementAndGet();
            mongo.upsert(Query.query(Criteria.where("_id").is(event.eventKey())),
                    Update.update("key", event.key()).inc("deliveries", 1), COLLECTION);
            received.add(event);
        }
    }
}
