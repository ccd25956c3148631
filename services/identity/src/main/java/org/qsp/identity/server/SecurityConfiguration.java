package org.qsp.identity.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Two chains: the OAuth 2.1 / OIDC endpoints (browsers without a session are sent to the login form; the browser
 * clients' origins may call the token, revocation and discovery endpoints across origins), and everything else (form
 * login; health probes and metrics open).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrowserClientProperties.class)
class SecurityConfiguration {

    /** What a browser page calls across origins: it is sent to the authorization endpoint, never calls it. */
    private static final List<String> CROSS_ORIGIN_ENDPOINTS = List.of("/oauth2/token", "/oauth2/revoke",
            "/oauth2/jwks", "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) {
        http.cors(withDefaults())
                .oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(withDefaults());
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), htmlRequests()));
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain loginChain(HttpSecurity http) {
        // a preflight (OPTIONS) of the token endpoint is not one of the authorization server's endpoints: it lands here
        http.cors(withDefaults())
                .authorizeHttpRequests(authorize -> authorize
                        // the probes; the metrics are guarded by the scrape credential (platform-web)
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(withDefaults());
        return http.build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(BrowserClientProperties browsers) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(browsers.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of("Content-Type", "Authorization"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CROSS_ORIGIN_ENDPOINTS.forEach(path -> source.registerCorsConfiguration(path, configuration));
        return source;
    }

    private static MediaTypeRequestMatcher htmlRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
