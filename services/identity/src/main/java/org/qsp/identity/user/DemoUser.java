package org.qsp.identity.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * A user known to identity: the roles it holds and the scope its claims give it.
 * Enterprise users carry their USCC; inspectors and regulators their GB/T 2260 region code.
 */
public record DemoUser(
        @NotBlank String username,
        @NotEmpty Set<Role> roles,
        @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}", message = "is not a USCC")
        String uscc,
        @Pattern(regexp = "\\d{6}", message = "is not a six-digit GB/T 2260 region code")
        String region) {

    public DemoUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @AssertTrue(message = "enterprise users need a uscc")
    boolean isUsccGivenForEnterprise() {
        return !roles.contains(Role.ENTERPRISE) || uscc != null;
    }

    @AssertTrue(message = "inspectors and regulators need a region")
    boolean isRegionGivenForRegionalRoles() {
        return roles.stream().noneMatch(Role::isRegional) || region != null;
    }

    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("roles", roleNames());
        if (uscc != null) claims.put("uscc", uscc);
        if (region != null) claims.put("region", region);
        return claims;
    }

    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
