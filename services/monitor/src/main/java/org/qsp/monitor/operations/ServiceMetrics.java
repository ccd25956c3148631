package org.qsp.monitor.operations;

import java.util.List;

/** Reads the outbox backlog of every configured service from its own metrics. */
public interface ServiceMetrics {

    /** One entry per configured service, by name, each read or marked unreachable; never slower than its deadline. */
    List<OutboxPending> outboxPending();
}
