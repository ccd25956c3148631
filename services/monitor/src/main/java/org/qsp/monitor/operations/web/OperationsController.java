package org.qsp.monitor.operations.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.monitor.operations.BrokerState;
import org.qsp.monitor.operations.OperationsService;

/**
 * The operators' view (ADMIN): consumer lag per group and topic, dead letters per topic, as of the last periodic
 * check. Outbox backlogs are not here: they live in each service's own database, which the monitor does not read;
 * each service exports its own ({@code qsp.outbox.*} metrics). Dead letters are listed and replayed through the
 * consuming service's {@code /admin/dead-letters} endpoints.
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
    BrokerState operations() {
        return operations.current();
    }
}
