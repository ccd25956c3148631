package org.qsp.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qsp.platform.errors.InvalidField;

class WebhookTargetsTest {

    /** A resolver that knows a few names, so that no test needs DNS. */
    private static final Map<String, String[]> NAMES = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34"},
            "rebind.example.com", new String[] {"93.184.216.34", "10.0.0.7"},
            "metadata.example.com", new String[] {"169.254.169.254"},
            "v6-private.example.com", new String[] {"fd12:3456::1"},
            "localhost", new String[] {"127.0.0.1", "::1"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }

    private final WebhookTargets production = new WebhookTargets(false, WebhookTargetsTest::resolve);
    private final WebhookTargets localDemo = new WebhookTargets(true, WebhookTargetsTest::resolve);

    @Test
    void a_public_https_url_is_accepted() {
        assertThat(production.check("https://hooks.example.com/qsp?x=1").getHost()).isEqualTo("hooks.example.com");
        assertThat(production.check("https://93.184.216.34:8443/hook").getPort()).isEqualTo(8443);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "http://hooks.example.com/hook, invalid-webhook-url",
            "ftp://hooks.example.com/hook, invalid-webhook-url",
            "hooks.example.com/hook, invalid-webhook-url",
            "https://user:pw@hooks.example.com/hook, invalid-webhook-url",
            "https://hooks.example.com/hook#x, invalid-webhook-url",
            "https:///no-host, invalid-webhook-url",
            "https://hooks.example.com:0/hook, invalid-webhook-url",
            "https://hooks.example.com:65536/hook, invalid-webhook-url",
            "https://hooks.example.com:99999/hook, invalid-webhook-url",
            "'https://bad host/', invalid-webhook-url",
            "https://unknown.example.com/hook, unresolvable-webhook-host",
            "https://localhost/hook, forbidden-webhook-target",
            "https://127.0.0.1/hook, forbidden-webhook-target",
            "https://127.1.2.3/hook, forbidden-webhook-target",
            "https://[::1]/hook, forbidden-webhook-target",
            "https://0.0.0.0/hook, forbidden-webhook-target",
            "https://10.1.2.3/hook, forbidden-webhook-target",
            "https://172.16.0.1/hook, forbidden-webhook-target",
            "https://172.31.255.254/hook, forbidden-webhook-target",
            "https://192.168.1.1/hook, forbidden-webhook-target",
            "https://100.64.0.1/hook, forbidden-webhook-target",
            "https://169.254.169.254/latest/meta-data, forbidden-webhook-target",
            "https://metadata.example.com/, forbidden-webhook-target",
            "https://[fe80::1]/hook, forbidden-webhook-target",
            "https://[fd00::1]/hook, forbidden-webhook-target",
            "https://[::ffff:10.0.0.1]/hook, forbidden-webhook-target",
            "https://v6-private.example.com/hook, forbidden-webhook-target",
            "https://224.0.0.1/hook, forbidden-webhook-target",
            "https://rebind.example.com/hook, forbidden-webhook-target"})
    void production_refuses_every_url_that_is_not_https_to_public_addresses(String url, String code) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOfSatisfying(InvalidField.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo("webhookUrl");
        });
    }

    @Test
    void the_local_demo_allows_http_and_loopback_but_still_no_private_network() {
        assertThat(localDemo.check("http://127.0.0.1:9999/hook").getPort()).isEqualTo(9999);
        assertThat(localDemo.check("http://localhost:9999/hook").getHost()).isEqualTo("localhost");
        assertThatThrownBy(() -> localDemo.check("http://10.0.0.1/hook")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> localDemo.check("http://169.254.169.254/")).isInstanceOf(InvalidField.class);
    }
}
