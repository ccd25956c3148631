package org.qsp.gateway.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's content security policy: no inline script or style, no plugin, no framing; scripts, styles, fonts
 * and images from the gateway only; connections to the gateway (the monitor's API and stream) and to identity's
 * token endpoint only.
 */
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";
    private final String policy;

    ContentSecurityPolicyFilter(String identityOrigin) {
        this.policy = String.join("; ",
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self' " + identityOrigin,
                "form-action 'self' " + identityOrigin,
                "base-uri 'none'",
                "frame-ancestors 'none'");
    }

    String policy() {
        return policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, policy);
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
