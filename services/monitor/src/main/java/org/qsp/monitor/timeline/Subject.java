package org.qsp.monitor.timeline;

import java.util.List;

/**
 * Something events are about (a sample, a task, a case, a recall, a lead, an investigation, a cluster, an alert):
 * its kind, its enterprise and region, and the subjects it descends from (a task from its sample, a recall from its
 * investigation, lead and sample), so that its later events reach their timelines too.
 */
public record Subject(String id, String kind, String uscc, String region, List<String> ancestors) {

    public Subject {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
    }
}
