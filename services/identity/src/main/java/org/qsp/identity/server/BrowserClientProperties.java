package org.qsp.identity.server;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The browser pages that log in here and exchange their code themselves (the regulator console): their origins may
 * call the token endpoint, the revocation endpoint and the discovery documents across origins (CORS).
 *
 * @param allowedOrigins origins such as {@code http://localhost:8080}; none means no cross-origin call is answered
 */
@Validated
@ConfigurationProperties("qsp.identity.browser-clients")
public record BrowserClientProperties(@NotNull @DefaultValue List<String> allowedOrigins) {
}
