package org.qsp.platform.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.qsp.platform.security.QspSecurity;

/** Access tokens as identity issues them, for MockMvc tests of one service. */
public final class Tokens {

    private Tokens() {
    }

    public static JwtRequestPostProcessor inspector(String subject, String region) {
        return token(subject, List.of("INSPECTOR"), null, region);
    }

    public static JwtRequestPostProcessor lab(String subject) {
        return token(subject, List.of("LAB"), null, null);
    }

    public static JwtRequestPostProcessor enterprise(String subject, String uscc) {
        return token(subject, List.of("ENTERPRISE"), uscc, null);
    }

    public static JwtRequestPostProcessor regulator(String subject, String region) {
        return token(subject, List.of("REGULATOR"), null, region);
    }

    public static JwtRequestPostProcessor consumer(String subject) {
        return token(subject, List.of("CONSUMER"), null, null);
    }

    public static JwtRequestPostProcessor admin() {
        return token("admin", List.of("ADMIN"), null, null);
    }

    public static JwtRequestPostProcessor token(String subject, List<String> roles, String uscc, String region) {
        return jwt().jwt(j -> {
            j.subject(subject).claim("roles", roles);
            if (uscc != null) {
                j.claim("uscc", uscc);
            }
            if (region != null) {
                j.claim("region", region);
            }
        }).authorities(QspSecurity::authorities);
    }
}
