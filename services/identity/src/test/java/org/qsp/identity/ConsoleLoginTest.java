package org.qsp.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regulator console's login: the qsp-console client redirects to the console at the gateway's public URL
 * ({@code QSP_PUBLIC_BASE_URL}), and that origin, and no other, may call the token endpoint from the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "QSP_PUBLIC_BASE_URL=http://localhost:8480")
class ConsoleLoginTest {

    private static final String CONSOLE = "http://localhost:8480";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void signingKeyInATempDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("qsp-identity-key").toString();
        registry.add("qsp.identity.signing-key.dir", () -> dir);
    }

    @Test
    void a_regulator_logs_in_to_the_console_at_the_gateways_public_url() {
        URI identity = URI.create("http://localhost:" + port);
        PkceLogin console = new PkceLogin(identity, "qsp-console", URI.create(CONSOLE + "/console/callback"));

        String token = console.accessToken("regulator1", "qsp-demo");

        assertThat(NimbusJwtDecoder.withJwkSetUri(identity + "/oauth2/jwks").build().decode(token)
                .getClaimAsStringList("roles")).containsExactly("REGULATOR");
    }

    @Test
    void the_console_origin_may_call_the_token_endpoint_across_origins() throws Exception {
        HttpResponse<Void> preflight = preflight(CONSOLE);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                m -> assertThat(m).contains("POST"));
    }

    @Test
    void another_origin_may_not() throws Exception {
        HttpResponse<Void> preflight = preflight("http://evil.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<Void> preflight(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.discarding());
    }
}
