package org.qsp.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityServerTest {

    private static final String PASSWORD = "qsp-demo";

    @LocalServerPort
    int port;

    private URI identity;
    private PkceLogin login;
    private JwtDecoder decoder;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void signingKeyInATempDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("qsp-identity-key").toString();
        registry.add("qsp.identity.signing-key.dir", () -> dir);
    }

    @BeforeEach
    void setUp() {
        identity = URI.create("http://localhost:" + port);
        login = PkceLogin.cli(identity);
        decoder = NimbusJwtDecoder.withJwkSetUri(identity + "/oauth2/jwks").build();
    }

    @Test
    void enterprise_user_logs_in_with_pkce_and_gets_a_token_with_role_and_uscc() {
        Jwt token = decoder.decode(login.accessToken("ent-a", PASSWORD));

        assertThat(token.getSubject()).isEqualTo("ent-a");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("ENTERPRISE");
        assertThat(token.getClaimAsString("uscc")).isEqualTo("91330100MA27XY012B");
        assertThat(token.hasClaim("region")).isFalse();
        assertThat(token.getIssuer()).hasToString("http://localhost:9000");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void inspector_gets_a_token_with_role_and_region() {
        Jwt token = decoder.decode(login.accessToken("inspector1", PASSWORD));

        assertThat(token.getSubject()).isEqualTo("inspector1");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("INSPECTOR");
        assertThat(token.getClaimAsString("region")).isEqualTo("330100");
        assertThat(token.hasClaim("uscc")).isFalse();
    }

    @ParameterizedTest(name = "{0} supervises {1}")
    @CsvSource({"regulator1, 330100", "regulator-zj, 330000", "regulator-cn, 100000"})
    void city_provincial_and_national_regulators_get_a_token_with_role_and_their_authority_region(String user,
            String region) {
        Jwt token = decoder.decode(login.accessToken(user, PASSWORD));

        assertThat(token.getSubject()).isEqualTo(user);
        assertThat(token.getClaimAsStringList("roles")).containsExactly("REGULATOR");
        assertThat(token.getClaimAsString("region")).isEqualTo(region);
        assertThat(token.hasClaim("uscc")).isFalse();
    }

    @Test
    void wrong_password_gets_no_authorization_code() {
        String challenge = PkceLogin.challenge(PkceLogin.randomUrlSafe(32));

        assertThat(login.authorizationCode("ent-a", "not-the-password", challenge)).isEmpty();
        assertThat(login.authorizationCode("nobody", PASSWORD, challenge)).isEmpty();
    }

    @Test
    void code_is_not_exchanged_without_the_matching_pkce_verifier() {
        String verifier = PkceLogin.randomUrlSafe(32);
        String code = login.authorizationCode("ent-a", PASSWORD, PkceLogin.challenge(verifier)).orElseThrow();

        assertThatThrownBy(() -> login.exchange(code, PkceLogin.randomUrlSafe(32)))
                .isInstanceOf(PkceLogin.LoginFailed.class)
                .hasMessageContaining("400");
    }

    @Test
    void machine_client_gets_a_token_with_admin_role_by_client_credentials() throws Exception {
        HttpResponse<String> response = clientCredentials("qsp-machine", "qsp-machine-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt token = decoder.decode(json(response).path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("qsp-machine");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMIN");
    }

    @Test
    void machine_client_with_a_wrong_secret_is_refused() throws Exception {
        assertThat(clientCredentials("qsp-machine", "guess").statusCode()).isEqualTo(401);
    }

    @Test
    void jwk_set_serves_the_public_signing_key() throws Exception {
        String kid = decoder.decode(login.accessToken("regulator1", PASSWORD)).getHeaders().get("kid").toString();

        HttpResponse<String> response = get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = json(response).path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("kid").asString()).isEqualTo(kid);
        assertThat(key.has("d")).as("private exponent must not be published").isFalse();
    }

    @Test
    void health_probes_are_public() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(identity.resolve("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(identity.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
