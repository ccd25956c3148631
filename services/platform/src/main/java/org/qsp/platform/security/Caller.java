package org.qsp.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the access token: subject, roles, the enterprise's USCC (enterprise users)
 * and the region (GB/T 2260) of regulators and inspectors.
 */
public record Caller(String subject, Set<Role> roles, Optional<String> uscc, Optional<String> region) {

    public static Caller of(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream().filter(Caller::isRole).map(Role::valueOf).forEach(roles::add);
        }
        return new Caller(jwt.getSubject(), Set.copyOf(roles), Optional.ofNullable(jwt.getClaimAsString("uscc")),
                Optional.ofNullable(jwt.getClaimAsString("region")));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller is the enterprise with that USCC. */
    public boolean isEnterprise(String usccValue) {
        return has(Role.ENTERPRISE) && uscc.filter(usccValue::equals).isPresent();
    }

    private static boolean isRole(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
