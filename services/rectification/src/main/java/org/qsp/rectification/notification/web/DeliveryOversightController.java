package org.qsp.rectification.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.PageResponse;
import org.qsp.rectification.notification.DeliveryStatus;
import org.qsp.rectification.notification.NotificationService;

/** What a regulator sees of delivery: the deliveries to enterprises of their region, by default those that FAILED. */
@RestController
@RequestMapping("/api/rectification/v1/deliveries")
@PreAuthorize("hasRole('REGULATOR')")
class DeliveryOversightController {

    private final NotificationService notifications;

    DeliveryOversightController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<DeliveryView> deliveries(@RequestParam(defaultValue = "FAILED") DeliveryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(SubscriptionController.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(SubscriptionController.MAX_SIZE) int size,
            Caller caller) {
        return SubscriptionController.pageOf(notifications.deliveriesIn(status, caller, page, size));
    }
}
