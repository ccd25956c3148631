package org.qsp.gateway.route;

import java.net.http.HttpClient;

import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client that calls the services speaks plain HTTP/1.1: the JDK client would otherwise offer an h2c upgrade
 * on every proxied request. Timeouts and redirects come from {@code spring.http.clients.*}.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }
}
