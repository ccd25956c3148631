package org.qsp.recall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.recall.defect.RecallDeadlines;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecallProperties.class)
class RecallConfiguration {

    @Bean
    RecallDeadlines recallDeadlines(Deadlines deadlines, RecallProperties properties) {
        return new RecallDeadlines(deadlines, properties);
    }
}
