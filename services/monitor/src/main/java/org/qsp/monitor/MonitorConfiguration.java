package org.qsp.monitor;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.monitor.event.Summaries;
import org.qsp.monitor.stream.StreamHub;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorProperties.class)
class MonitorConfiguration {

    /** Numbers start from the clock (in microseconds) so that they keep growing across restarts of the instance. */
    @Bean
    StreamHub streamHub(MonitorProperties properties, Clock clock) {
        return new StreamHub(properties.stream().ringSize(), properties.stream().viewerQueue(),
                clock.millis() * 1000);
    }

    @Bean
    Summaries summaries(MonitorProperties properties) {
        return new Summaries(properties.summaries());
    }
}
