package org.qsp.rectification.notification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.NotificationService;
import org.qsp.rectification.notification.Subscription;

/**
 * The links in emails, followed without a token from a mail client: the random token in the link is the credential.
 * An unknown or used-up token is 404.
 */
@RestController
@RequestMapping("/api/rectification/v1/public")
class NoticeLinkController {

    private final NotificationService notifications;
    NoticeLinkController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record Confirmed(String subscriptionId, String email, String status, String message) {
    }

    record Read(String taskId, String noticeId, String message) {
    }

    @GetMapping("/subscriptions/confirmation")
    Confirmed confirm(@RequestParam @NotBlank @Size(max = 100) String token) {
        Subscription confirmed = notifications.confirm(token);
        return new Confirmed(confirmed.id(), confirmed.target(), confirmed.status().name(), "邮箱已确认，将接收整改通知");
    }

    @GetMapping("/notices/read")
    Read read(@RequestParam @NotBlank @Size(max = 100) String token) {
        Delivery delivery = notifications.readByLink(token);
        return new Read(delivery.notice().taskId(), delivery.notice().noticeId(), "已阅");
    }
}
