package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.DeliveryStatus;
import org.qsp.rectification.task.Notice;

class EmailDeliveryTest extends NotificationTest {

    private static final String REGION = "330602";
    private static final Pattern LINK = Pattern.compile("(/api/rectification/v1/public/[a-z/]+)\\?token=([A-Za-z0-9_-]+)");

    @BeforeEach
    void clockAtStart() {
        kit.clock().set(START);
    }

    @Test
    void an_address_receives_notices_in_chinese_only_after_its_confirmation_link_and_its_read_link_marks_the_notice_read()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String address = "quality-" + uscc.toLowerCase() + "@enterprise.example";
        String created = mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", uscc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + address + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("EMAIL"))
                .andExpect(jsonPath("$.email").value(address))
                .andExpect(jsonPath("$.status").value("PENDING_CONFIRMATION"))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String subscriptionId = JsonPath.read(created, "$.id");

        MimeMessage confirmation = awaitMail(address, 1).getFirst();
        assertThat(confirmation.getSubject()).isEqualTo("【质量监管平台】请确认接收整改通知的邮箱");
        String confirmationText = (String) confirmation.getContent();
        assertThat(confirmationText).contains(uscc).contains("确认之前，本邮箱不会收到任何通知");
        Matcher confirm = link(confirmationText);
        assertThat(confirm.group(1)).isEqualTo("/api/rectification/v1/public/subscriptions/confirmation");

        String before = openTask("S-MAIL-BEFORE", uscc, REGION);
        kit.awaitConsumerCaughtUp();
        worker.runOnce();
        assertThat(mongo.findById(Delivery.idOf(subscriptionId, before + ":RECTIFICATION_ORDER"), Delivery.class))
                .isNull();
        assertThat(mailsTo(address)).hasSize(1);

        mvc.perform(get(confirm.group(1)).param("token", confirm.group(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get(confirm.group(1)).param("token", confirm.group(2)))
                .andExpect(status().isNotFound());

        String taskId = openTask("S-MAIL-AFTER", uscc, REGION);
        MimeMessage notice = awaitMail(address, 2).get(1);
        assertThat(notice.getSubject()).isEqualTo("【质量监管平台】责令整改通知：速冻水饺（" + taskId + "）");
        String text = (String) notice.getContent();
        assertThat(text).contains("整改期限：2026年5月6日前完成整改")
                .contains("复查期限：2026年5月18日前")
                .contains("立即停止销售：是")
                .contains("下达时间：2026年3月2日 16:00");
        eventually().until(() -> mongo.findById(Delivery.idOf(subscriptionId, taskId + ":RECTIFICATION_ORDER"),
                Delivery.class).status() == DeliveryStatus.DELIVERED);
        mvc.perform(get("/api/rectification/v1/subscriptions/" + subscriptionId + "/deliveries")
                        .with(Tokens.enterprise("e", uscc)))
                .andExpect(jsonPath("$.items[0].attempts[0].responseCode").value(250))
                .andExpect(jsonPath("$.items[0].deliveredAt").value("2026-03-10T00:00:00Z"));
        assertThat(tasks.get(taskId).orderNotice().deliveredAt()).isEqualTo(START);

        kit.clock().advance(Duration.ofHours(3));
        Matcher read = link(text);
        assertThat(read.group(1)).isEqualTo("/api/rectification/v1/public/notices/read");
        mvc.perform(get(read.group(1)).param("token", read.group(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(taskId));
        Notice history = tasks.get(taskId).orderNotice();
        assertThat(history.readAt()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(history.acknowledgedAt()).isNull();
    }

    @Test
    void an_unknown_link_token_is_404_and_changes_nothing() throws Exception {
        mvc.perform(get("/api/rectification/v1/public/notices/read").param("token", "no-such-token"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/rectification/v1/public/subscriptions/confirmation").param("token", "no-such-token"))
                .andExpect(status().isNotFound());
    }

    private static Matcher link(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in %s", text).isTrue();
        return matcher;
    }

    private static List<MimeMessage> awaitMail(String address, int count) {
        return eventually().until(() -> mailsTo(address), m -> m.size() >= count);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
