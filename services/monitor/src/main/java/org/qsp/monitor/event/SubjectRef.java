package org.qsp.monitor.event;

/** An id an event names (its own aggregate's or another one's) and what kind of thing it is: sample, task, case… */
public record SubjectRef(String id, String kind) {

    public static final String ENTERPRISE = "enterprise";
}
