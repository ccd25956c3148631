package org.qsp.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.qsp.platform.security.QspSecurity;
import org.qsp.platform.web.WebEdgeProperties;

/**
 * The order in which the gateway admits a request, cheapest refusal first: request sanity (platform, 400/415),
 * the token check (401 for anonymous calls to non-public routes, before anything is proxied), the caller's rate
 * limit (429), the body (413/408/400), the bound on open streams (503/429), then the route's bulkhead and circuit
 * breaker (503).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayEdgeProperties.class)
class GatewayEdgeConfiguration {

    /** Spring Security's filter chain runs at -100; these come right after it. */
    static final int RATE_LIMIT_ORDER = -90;
    static final int BODY_ORDER = -80;
    static final int STREAMS_ORDER = -70;

    @Bean
    SecurityFilterChain gatewayTokenCheck(HttpSecurity http, WebEdgeProperties edge) throws Exception {
        return QspSecurity.resourceServer(http, edge.publicPaths());
    }

    @Bean
    FilterRegistrationBean<CallerRateLimitFilter> callerRateLimits(GatewayEdgeProperties properties,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new CallerRateLimitFilter(properties.rateLimit(), meters));
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyAdmissionFilter> bodyAdmission(GatewayEdgeProperties properties) {
        var registration = new FilterRegistrationBean<>(new BodyAdmissionFilter(properties.body()));
        registration.setOrder(BODY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StreamAdmissionFilter> streamAdmission(GatewayEdgeProperties properties,
            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new StreamAdmissionFilter(properties.streams(), meters));
        registration.setOrder(STREAMS_ORDER);
        return registration;
    }
}
