package org.qsp.complaint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.complaint.cases.CaseDeadlines;
import org.qsp.platform.calendar.Deadlines;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintProperties.class)
class ComplaintConfiguration {

    @Bean
    CaseDeadlines caseDeadlines(Deadlines deadlines, ComplaintProperties properties) {
        return new CaseDeadlines(deadlines, properties);
    }
}
