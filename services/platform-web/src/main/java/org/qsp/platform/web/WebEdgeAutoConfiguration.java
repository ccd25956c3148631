package org.qsp.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.qsp.platform.security.QspSecurity;
import org.qsp.platform.security.VerifiedTokens;

/**
 * The edge of every QSP HTTP server, the gateway's and each service's: problem+json for every error, whoever
 * raises it (Tomcat before any filter, the firewall, {@code /error}), the request sanity checks, the strict UTF-8
 * read of text bodies and the scrape credential on the metrics. Filter order: sanity first (it costs nothing and
 * refuses what nothing after it should see), then the server's own admission (overload, rate limits), then
 * security.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebEdgeProperties.class)
public class WebEdgeAutoConfiguration {

    public static final int SANITY_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    public static final int UTF8_ORDER = Ordered.HIGHEST_PRECEDENCE + 12;

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return QspSecurity.rejectedAsProblem();
    }

    @Bean
    FilterRegistrationBean<RequestSanityFilter> requestSanityFilter() {
        var registration = new FilterRegistrationBean<>(new RequestSanityFilter());
        registration.setOrder(SANITY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ScrapeCredentialFilter> scrapeCredentialFilter(WebEdgeProperties properties) {
        var registration = new FilterRegistrationBean<>(new ScrapeCredentialFilter(properties.scrapePassword()));
        registration.setOrder(SANITY_ORDER + 1);
        registration.addUrlPatterns(ScrapeCredentialFilter.PATH);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter() {
        var registration = new FilterRegistrationBean<>(new Utf8BodyFilter());
        registration.setOrder(UTF8_ORDER);
        return registration;
    }

    /** Whatever decoder Boot builds from the issuer, a token it accepted is not verified again while valid. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder) : bean;
            }
        };
    }

    /**
     * Tomcat's own error answers (before any filter) as problem+json: the host's only error report valve is ours; and
     * a request whose raw head is ambiguous is refused before any filter ({@link AmbiguousFramingValve}).
     */
    @Bean
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new ProblemErrorReports();
    }

    /** Runs after Boot's own customizer, which may have put a plain error report valve on the host. */
    private static final class ProblemErrorReports
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextValves(new AmbiguousFramingValve());
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
