package org.qsp.recall.recalls.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.investigation.InvestigationId;
import org.qsp.recall.recalls.RecallService;

/** The regulator orders the recall of an investigation (责令召回). */
@RestController
class OrderController {

    private final RecallService recalls;

    OrderController(RecallService recalls) {
        this.recalls = recalls;
    }

    @PostMapping("/api/recall/v1/investigations/{investigationId}/recall-order")
    @PreAuthorize("hasRole('REGULATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    RecallView order(@PathVariable String investigationId, @Valid @RequestBody RecallRequests.Order body,
            Caller caller) {
        return RecallView.of(recalls.order(new InvestigationId(investigationId), caller,
                new Classification(body.productType(), body.level(), body.riskLevel()), body.hazardType()));
    }
}
