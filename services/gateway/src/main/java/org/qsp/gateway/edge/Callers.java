package org.qsp.gateway.edge;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who a request comes from, for the per-caller limits: its token's subject, or its address when anonymous. */
final class Callers {

    private Callers() {
    }

    static boolean authenticated() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof JwtAuthenticationToken && caller.isAuthenticated();
    }

    static String key(HttpServletRequest request) {
        return authenticated()
                ? "sub:" + SecurityContextHolder.getContext().getAuthentication().getName()
                : "ip:" + request.getRemoteAddr();
    }
}
