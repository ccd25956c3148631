package org.qsp.gateway.route;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client that calls the services: Apache HttpClient 5, classic blocking I/O on the request's own thread (the
 * JDK client handed every exchange to its selector thread and back, which cost the gateway more CPU per request than
 * the service spent answering it). Plain HTTP/1.1 with kept-alive connections; the pool holds as many connections
 * per service as the route's bulkhead lets calls through, so a call that passed the bulkhead never waits for a
 * connection. Timeouts and redirects come from {@code spring.http.clients.*}.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> connectionPoolPerService(
            @Value("${resilience4j.bulkhead.configs.default.max-concurrent-calls}") int callsPerRoute) {
        return builder -> builder.withConnectionManagerCustomizer(pool -> pool
                .setMaxConnPerRoute(callsPerRoute)
                .setMaxConnTotal(callsPerRoute * 8));
    }
}
