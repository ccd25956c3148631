package org.qsp.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.qsp.platform.web.Problems;

/**
 * The bearer-token rules of every QSP HTTP server (the gateway and each service): a JWT from identity is required
 * everywhere but on the probes, the (separately guarded) metrics, the API docs, the error page and the paths a
 * server declares public in {@code qsp.security.public-paths}; its {@code roles} claim becomes {@code ROLE_*}
 * authorities. Every refusal is problem+json. In a service each endpoint then states who may call it
 * ({@code @PreAuthorize}) and checks ownership.
 */
public final class QspSecurity {

    /** Public on every server; {@code /actuator/prometheus} is guarded by the scrape credential instead. */
    public static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/prometheus", "/api/*/v3/api-docs", "/api/*/v3/api-docs/**", "/api/*/swagger-ui/**",
            "/api/*/swagger-ui.html", "/error");

    private QspSecurity() {
    }

    public static SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
        return resourceServer(http, List.of());
    }

    /**
     * The chain with {@code publicPaths} open to anonymous callers besides {@link #ALWAYS_PUBLIC}; each entry is a
     * path pattern, optionally preceded by a method ({@code "POST /api/complaint/v1/cases"}).
     */
    public static SecurityFilterChain resourceServer(HttpSecurity http, List<String> publicPaths) throws Exception {
        List<RequestMatcher> open = new ArrayList<>();
        ALWAYS_PUBLIC.forEach(p -> open.add(matcher(p)));
        publicPaths.forEach(p -> open.add(matcher(p)));
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> permit(a, open).anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint((request, response, e) -> Problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "your role may not do this")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "your role may not do this")))
                .build();
    }

    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry permit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            List<RequestMatcher> open) {
        return registry.requestMatchers(open.toArray(RequestMatcher[]::new)).permitAll();
    }

    static RequestMatcher matcher(String entry) {
        String spec = entry.strip();
        int space = spec.indexOf(' ');
        if (space > 0) {
            return PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.valueOf(spec.substring(0, space)), spec.substring(space + 1).strip());
        }
        return PathPatternRequestMatcher.withDefaults().matcher(spec);
    }

    /** What the firewall refuses ({@code ;}, encoded dots or slashes, …) as 400 problem+json. */
    public static RequestRejectedHandler rejectedAsProblem() {
        return (request, response, e) -> Problems.write(request, response, HttpStatus.BAD_REQUEST,
                "request-rejected", "the URL has characters or sequences that are not accepted");
    }

    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(QspSecurity::authorities);
        return converter;
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
