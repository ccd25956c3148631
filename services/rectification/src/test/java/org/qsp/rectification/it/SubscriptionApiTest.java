package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.notification.Subscription;

class SubscriptionApiTest extends NotificationTest {

    private static final String REGION = "330502";
    private final String owner = TestUsccs.valid(REGION);
    private final String other = TestUsccs.valid(REGION);

    private Created owned;

    @BeforeEach
    void ownerHasAWebhook() throws Exception {
        owned = subscribeWebhook(owner, "http://127.0.0.1:9/hook");
    }

    @Test
    void a_webhook_subscription_shows_its_secret_once_and_lists_without_it() throws Exception {
        assertThat(owned.secret()).matches("whsec_[A-Za-z0-9+/]{43}=");
        mvc.perform(get("/api/rectification/v1/subscriptions/" + owned.id()).with(Tokens.enterprise("e", owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("WEBHOOK"))
                .andExpect(jsonPath("$.webhookUrl").value("http://127.0.0.1:9/hook"))
                .andExpect(jsonPath("$.kinds").value(contains("RECTIFICATION_ORDER")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.secrets.length()").value(1));
        mvc.perform(get("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(contains(owned.id())))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
    }

    @Test
    void a_deleted_subscription_is_gone_for_its_owner_too() throws Exception {
        mvc.perform(delete("/api/rectification/v1/subscriptions/" + owned.id()).with(Tokens.enterprise("e", owner)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/rectification/v1/subscriptions/" + owned.id()).with(Tokens.enterprise("e", owner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", owner)))
                .andExpect(jsonPath("$").isEmpty());
        assertThat(mongo.findById(owned.id(), Subscription.class).signingSecrets(START)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://192.168.0.10/hook", "https://[fd00::1]/hook", "ftp://127.0.0.1/hook"})
    void a_webhook_to_a_private_or_link_local_target_is_refused_and_nothing_is_stored(String url) throws Exception {
        mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"webhookUrl\":\"" + url + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("webhookUrl"));
        assertThat(subscriptionsOf(other)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}|webhookUrl",
            "{\"webhookUrl\":\"http://127.0.0.1:9/a\",\"email\":\"a@example.com\"}|webhookUrl",
            "{\"email\":\"not an address\"}|email",
            "{\"email\":42}|email",
            "{\"webhookUrl\":\"http://127.0.0.1:9/a\",\"kinds\":[\"NO_SUCH_KIND\"]}|kinds[0]",
            "{\"webhookUrl\":\"http://127.0.0.1:9/a\",\"kinds\":\"RECTIFICATION_ORDER\"}|kinds",
            "{\"webhookUrl\":\"not a url\"}|webhookUrl"})
    void bad_input_is_a_400_problem_and_nothing_is_stored(String body, String field) throws Exception {
        mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", other))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(subscriptionsOf(other)).isZero();
    }

    @Test
    void kinds_that_name_a_kind_twice_are_a_400_problem_and_nothing_is_stored() throws Exception {
        String eleven = ("\"RECTIFICATION_ORDER\",").repeat(10) + "\"RECTIFICATION_ORDER\"";
        for (String kinds : java.util.List.of("\"RECTIFICATION_ORDER\",\"RECTIFICATION_ORDER\"", eleven)) {
            mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", other))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"webhookUrl\":\"http://127.0.0.1:9/a\",\"kinds\":[" + kinds + "]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("kinds"));
        }
        assertThat(subscriptionsOf(other)).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() throws Exception {
        mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", other))
                        .contentType(MediaType.APPLICATION_JSON).content("webhookUrl=x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"));
        assertThat(subscriptionsOf(other)).isZero();
    }

    private MockHttpServletRequestBuilder request(String endpoint, String id) {
        String base = "/api/rectification/v1/subscriptions/" + id;
        return switch (endpoint) {
            case "list" -> get("/api/rectification/v1/subscriptions");
            case "create" -> post("/api/rectification/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"webhookUrl\":\"http://127.0.0.1:9/hook\"}");
            case "read" -> get(base);
            case "delete" -> delete(base);
            case "rotate" -> post(base + "/secret-rotation");
            case "deliveries" -> get(base + "/deliveries");
            case "redeliver" -> post(base + "/deliveries/" + id + ":RT-X:RECTIFICATION_ORDER/redelivery");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static RequestPostProcessor token(String role) {
        return switch (role) {
            case "REGULATOR" -> Tokens.regulator("r", "330500");
            case "INSPECTOR" -> Tokens.inspector("i", "330500");
            case "LAB" -> Tokens.lab("l");
            case "CONSUMER" -> Tokens.consumer("c");
            case "ADMIN" -> Tokens.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list", "create", "read", "delete", "rotate", "deliveries", "redeliver"})
    void without_a_token_every_endpoint_answers_401(String endpoint) throws Exception {
        mvc.perform(request(endpoint, owned.id()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"list, REGULATOR", "create, INSPECTOR", "read, REGULATOR", "delete, ADMIN", "rotate, LAB",
            "deliveries, REGULATOR", "redeliver, CONSUMER", "read, ADMIN", "create, REGULATOR"})
    void a_role_other_than_the_enterprise_answers_403(String endpoint, String role) throws Exception {
        mvc.perform(request(endpoint, owned.id()).with(token(role)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        assertThat(mongo.findById(owned.id(), Subscription.class).signingSecrets(START)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"read", "delete", "rotate", "deliveries", "redeliver"})
    void another_enterprise_gets_the_same_404_as_for_a_subscription_that_does_not_exist(String endpoint)
            throws Exception {
        String theirs = mvc.perform(request(endpoint, owned.id()).with(Tokens.enterprise("e", other)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String absent = mvc.perform(request(endpoint, "00000000-0000-0000-0000-000000000000")
                        .with(Tokens.enterprise("e", other)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(theirs.replace(owned.id(), "ID")).isEqualTo(absent
                .replace("00000000-0000-0000-0000-000000000000", "ID"));
        Subscription unchanged = mongo.findById(owned.id(), Subscription.class);
        assertThat(unchanged.status().name()).isEqualTo("ACTIVE");
        assertThat(unchanged.signingSecrets(START)).hasSize(1);
    }

    @Test
    void an_enterprise_lists_only_its_own_subscriptions() throws Exception {
        mvc.perform(get("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    private long subscriptionsOf(String uscc) {
        return mongo.findAll(Subscription.class).stream().filter(s -> s.owner().equals(uscc)).count();
    }
}
