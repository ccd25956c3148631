package org.qsp.gateway.console;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The regulator console: static ES modules and styles from {@code classpath:/static/console/}, one page for
 * {@code /console/} and the login callback {@code /console/callback}, the chart library from its WebJar at
 * {@code /webjars/uplot/…}, and a content security policy that lets the page run only its own scripts and talk only
 * to the gateway and identity.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleConfiguration implements WebMvcConfigurer {

    private static final String PAGE = "forward:/console/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName(PAGE);
        registry.addViewController("/console/callback").setViewName(PAGE);
    }

    @Bean
    FilterRegistrationBean<ContentSecurityPolicyFilter> consoleContentSecurityPolicy(ConsoleProperties console) {
        var registration = new FilterRegistrationBean<>(new ContentSecurityPolicyFilter(console.identityOrigin()));
        registration.addUrlPatterns("/console", "/console/*");
        return registration;
    }
}
