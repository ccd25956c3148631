package org.qsp.rectification.notification.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.qsp.rectification.notification.Attempt;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.NoticeMessage;
import org.qsp.rectification.notification.Subscription;

/**
 * Mails a notice through the configured SMTP server ({@code spring.mail.*}): a Chinese subject and body from the
 * template with the deadlines and the "已阅" link. An accepted submission counts as delivered (recorded as 250).
 * Without an SMTP server every attempt fails, and the schedule ends in FAILED for the regulator to see.
 */
final class MailSender {

    static final int ACCEPTED = 250;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final String baseUrl;
    private final ZoneId zone;
    private final MailTemplate order = MailTemplate.load("/notification/rectification-order.mail.txt");
    private final MailTemplate confirmation = MailTemplate.load("/notification/confirmation.mail.txt");

    MailSender(ObjectProvider<JavaMailSender> smtp, String from, String baseUrl, ZoneId zone) {
        this.smtp = smtp;
        this.from = from;
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    Attempt send(Delivery delivery, Subscription subscription, Instant at) {
        long started = System.nanoTime();
        NoticeMessage notice = delivery.notice();
        MailTemplate mail = order.fill(Map.of(
                "productName", notice.productName(),
                "taskId", notice.taskId(),
                "enterpriseName", notice.enterpriseName(),
                "orderedAt", TIME.format(notice.orderedAt().atZone(zone)),
                "stopSale", notice.stopSaleRequired() ? "是" : "否",
                "correctionDeadline", DAY.format(notice.correctionDeadline()),
                "recheckDue", DAY.format(notice.recheckDue()),
                "readLink", baseUrl + "/api/rectification/v1/public/notices/read?token=" + delivery.readToken()));
        try {
            submit(subscription.target(), mail);
            return new Attempt(at, ACCEPTED, null, (System.nanoTime() - started) / 1_000_000);
        } catch (MailException | MessagingException | IllegalStateException e) {
            return new Attempt(at, null, "smtp: " + e.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    void sendConfirmation(Subscription subscription) {
        MailTemplate mail = confirmation.fill(Map.of("uscc", subscription.owner(), "confirmLink",
                baseUrl + "/api/rectification/v1/public/subscriptions/confirmation?token="
                        + subscription.confirmationToken()));
        try {
            submit(subscription.target(), mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("confirmation mail not accepted", e);
        }
    }

    private void submit(String to, MailTemplate mail) throws MessagingException {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        sender.send(message);
    }
}
