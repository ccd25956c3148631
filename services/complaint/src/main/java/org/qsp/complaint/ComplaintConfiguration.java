package org.qsp.complaint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.qsp.complaint.cases.CaseDeadlines;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.security.QspSecurity;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintProperties.class)
class ComplaintConfiguration {


    @Bean
    CaseDeadlines caseDeadlines(Deadlines deadlines, ComplaintProperties properties) {
        return new CaseDeadlines(deadlines, properties);
    }

    /** Open without a token: the catalogue, the published statistics, and intake (anonymous reports only). */
    @Bean
    SecurityFilterChain complaintResourceServer(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        return QspSecurity.resourceServer(http, paths.matcher(HttpMethod.GET, "/api/complaint/v1/categories"),
                paths.matcher(HttpMethod.GET, "/api/complaint/v1/public/**"),
                paths.matcher(HttpMethod.POST, "/api/complaint/v1/cases"));
    }
}
