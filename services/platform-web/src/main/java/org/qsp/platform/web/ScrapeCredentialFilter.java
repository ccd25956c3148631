package org.qsp.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} on the application port answers only a scraper that sends the scrape credential
 * (HTTP Basic, user {@code prometheus}, the password from {@code qsp.metrics.scrape-password}); without a configured
 * password it answers nobody there. Where {@code management.server.port} moves the actuator to its own port (the
 * Helm chart's default, reachable only inside the cluster), this filter is not in its way.
 */
public class ScrapeCredentialFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    static final String USER = "prometheus";

    private final byte[] expected;

    public ScrapeCredentialFilter(String password) {
        this.expected = password == null || password.isBlank() ? null
                : ("Basic " + Base64.getEncoder().encodeToString((USER + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (expected != null && given != null
                && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"metrics\"");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                "metrics need the scrape credential");
    }
}
