package org.qsp.gateway.route;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The client that calls the services: Apache HttpClient 5, classic blocking I/O on the request's own (virtual)
 * thread (the JDK client handed every exchange to its selector thread and back, which cost the gateway more CPU per
 * request than the service spent answering it). Plain HTTP/1.1 with kept-alive connections. The pool holds as many
 * connections per service as the route's bulkhead lets calls through plus as many as streams may be open, so that
 * neither a call that passed the bulkhead nor a stream that was admitted ever waits for a connection, and the calls
 * of a stream's service never wait behind its streams. Timeouts and redirects come from
 * {@code spring.http.clients.*}.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    /** Routes with a bulkhead of their own (one per service), for the pool's total. */
    private static final int SERVICES = 8;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> connectionPoolPerService(
            @Value("${resilience4j.bulkhead.configs.default.max-concurrent-calls}") int callsPerRoute,
            @Value("${qsp.gateway.streams.max-open:1000}") int streams) {
        return builder -> builder.withConnectionManagerCustomizer(pool -> pool
                .setMaxConnPerRoute(callsPerRoute + streams)
                .setMaxConnTotal(callsPerRoute * SERVICES + streams));
    }

    /**
     * The factory the proxy calls the services with (Boot's, from {@code spring.http.clients.*} and the pool above),
     * whose responses drop their connection when closed before their body ended: a viewer who closes a stream frees
     * the gateway's thread and connection at the next heartbeat instead of when the service ends the stream.
     */
    @Bean
    ClientHttpRequestFactory clientHttpRequestFactory(ClientHttpRequestFactoryBuilder<?> builder,
            HttpClientSettings settings) {
        return new AbortingRequestFactory(builder.build(settings));
    }
}
