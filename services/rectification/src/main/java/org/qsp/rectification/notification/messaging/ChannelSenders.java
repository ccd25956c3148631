package org.qsp.rectification.notification.messaging;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.rectification.notification.Attempt;
import org.qsp.rectification.notification.Channel;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.NoticeSender;
import org.qsp.rectification.notification.NotificationProperties;
import org.qsp.rectification.notification.Subscription;
import org.qsp.rectification.notification.WebhookTargets;

/** The senders per channel: webhooks through the JDK's HTTP client, emails through Spring's mail sender. */
@Configuration(proxyBeanMethods = false)
class ChannelSenders {

    @Bean
    WebhookTargets webhookTargets(NotificationProperties properties) {
        return new WebhookTargets(properties.localTargetsAllowed(), InetAddress::getAllByName);
    }

    @Bean
    NoticeSender noticeSender(NotificationProperties properties, JsonMapper json, WebhookTargets targets,
            ObjectProvider<JavaMailSender> smtp, Deadlines deadlines) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        WebhookSender webhooks = new WebhookSender(client, json, targets, properties.requestTimeout());
        MailSender mail = new MailSender(smtp, properties.mailFrom(), properties.publicBaseUrl(), deadlines.zone());
        return new NoticeSender() {
            @Override
            public Attempt send(Delivery delivery, Subscription subscription, Instant at) {
                return subscription.channel() == Channel.WEBHOOK ? webhooks.send(delivery, subscription, at)
                        : mail.send(delivery, subscription, at);
            }

            @Override
            public void sendConfirmation(Subscription subscription) {
                mail.sendConfirmation(subscription);
            }
        };
    }
}
