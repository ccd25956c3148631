package org.qsp.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;

/** The one registry of event types: CloudEvents type, topic, key, payload record and schema. */
public final class EventCatalog {

    public static final EventType<SampleFailed> SAMPLE_FAILED = new EventType<>(
            "org.qsp.inspection.sample.failed.v1", Topics.INSPECTION_SAMPLES, SampleFailed.class, "/qsp/inspection");
    public static final EventType<SamplePassed> SAMPLE_PASSED = new EventType<>(
            "org.qsp.inspection.sample.passed.v1", Topics.INSPECTION_SAMPLES, SamplePassed.class, "/qsp/inspection");
    public static final EventType<RectificationTaskOpened> RECTIFICATION_TASK_OPENED = new EventType<>(
            "org.qsp.rectification.task.opened.v1", Topics.RECTIFICATION_TASKS, RectificationTaskOpened.class,
            "/qsp/rectification");
    public static final EventType<RectificationTaskAcknowledged> RECTIFICATION_TASK_ACKNOWLEDGED = new EventType<>(
            "org.qsp.rectification.task.acknowledged.v1", Topics.RECTIFICATION_TASKS,
            RectificationTaskAcknowledged.class, "/qsp/rectification");
    public static final EventType<RectificationTaskOverdue> RECTIFICATION_TASK_OVERDUE = new EventType<>(
            "org.qsp.rectification.task.overdue.v1", Topics.RECTIFICATION_TASKS, RectificationTaskOverdue.class,
            "/qsp/rectification");
    public static final EventType<CreditClassChanged> CREDIT_CLASS_CHANGED = new EventType<>(
            "org.qsp.credit.class.changed.v1", Topics.CREDIT_ENTERPRISES, CreditClassChanged.class, "/qsp/credit");

    public static final List<EventType<?>> ALL = List.of(SAMPLE_FAILED, SAMPLE_PASSED, RECTIFICATION_TASK_OPENED,
            RECTIFICATION_TASK_ACKNOWLEDGED, RECTIFICATION_TASK_OVERDUE, CREDIT_CLASS_CHANGED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {
    }

    /** The one event type whose payload is of {@code payloadClass} (each record class names one type). */
    @SuppressWarnings("unchecked")
    public static <T> EventType<T> forPayload(Class<T> payloadClass) {
        EventType<?> type = BY_PAYLOAD.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not the payload of a catalogued event type");
        }
        return (EventType<T>) type;
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
