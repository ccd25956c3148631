package org.qsp.rectification.task.messaging;

import org.springframework.stereotype.Component;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventHandlers;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.rectification.task.TaskService;

/** A failed sample opens a rectification task; a passed one needs nothing here. */
@Component
class SampleEventsListener implements EventSubscriber {

    private final TaskService tasks;

    SampleEventsListener(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void subscribe(EventHandlers events) {
        events.on(EventCatalog.SAMPLE_FAILED, tasks::openFor);
    }
}
