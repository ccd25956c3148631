package org.qsp.monitor.operations.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.monitor.operations.OperationsState;
import org.qsp.monitor.operations.OperationsService;

/**
 * The operators' view (ADMIN): consumer lag per group and topic (and the bound above which it alerts), dead letters
 * per topic, and each service's outbox backlog as its own {@code qsp.outbox.pending} metric said (unreachable
 * services marked, never shown as empty), as of the last periodic check. Dead letters are listed and replayed
 * through the services' {@code /admin/dead-letters} endpoints.
 */
@RestController
@RequestMapping("/api/monitor/v1/operations")
@PreAuthorize("hasRole('ADMIN')")
class OperationsController {

    private final OperationsService operations;

    OperationsController(OperationsService operations) {
        this.operations = operations;
    }

    @GetMapping
    OperationsState operations() {
        return operations.current();
    }
}
