package org.qsp.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.qsp.platform.web.Problems;

/**
 * Every QSP service is an OAuth2 resource server: a JWT from identity is required everywhere but
 * on health, metrics and API docs; its {@code roles} claim becomes {@code ROLE_*} authorities;
 * each endpoint then states who may call it ({@code @PreAuthorize}) and checks ownership.
 */
public final class QspSecurity {

    public static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/api/*/v3/api-docs/**", "/api/*/swagger-ui/**", "/api/*/swagger-ui.html", "/error"};

    private QspSecurity() {
    }

    public static SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
        return resourceServer(http, new RequestMatcher[0]);
    }

    /**
     * The same chain, with the requests {@code publicApi} matches (e.g.
     * {@code PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/x/v1/public/**")}) open to callers
     * without a token
     * (a public catalogue, published statistics, an anonymous report). A token that comes anyway is still
     * checked, and a controller may take an {@code Optional<Caller>} there (empty without a token).
     */
    public static SecurityFilterChain resourceServer(HttpSecurity http, RequestMatcher... publicApi) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(publicApi).permitAll().anyRequest().authenticated())
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
