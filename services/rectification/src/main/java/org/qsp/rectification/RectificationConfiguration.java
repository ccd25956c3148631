package org.qsp.rectification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.rectification.task.RectificationPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RectificationProperties.class)
class RectificationConfiguration {

    @Bean
    RectificationPolicy rectificationPolicy(Deadlines deadlines, RectificationProperties properties) {
        return new RectificationPolicy(deadlines, properties.correctionDays(), properties.recheckDays(),
                properties.secondRecheckFromDays(), properties.secondRecheckByDays());
    }
}
