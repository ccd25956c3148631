package org.qsp.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.qsp.platform.errors.Forbidden;

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

    /**
     * The GB/T 2260 region a regulator or inspector acts for; a token without one (or with a
     * malformed one) may see nothing region-bound: 403 {@code claim-missing}.
     */
    public String requireRegion() {
        return region.filter(r -> r.matches("\\d{6}")).orElseThrow(() -> missing("region"));
    }

    /** The USCC an enterprise user acts for; 403 {@code claim-missing} without one. */
    public String requireUscc() {
        return uscc.orElseThrow(() -> missing("uscc"));
    }

    private static Forbidden missing(String claim) {
        return new Forbidden("claim-missing", "the access token has no valid " + claim + " claim");
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
