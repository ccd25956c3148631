package org.qsp.platform.access;

import java.util.Optional;
import java.util.Set;

import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.region.Regions;

/**
 * Who is calling: subject, roles, the enterprise's USCC (enterprise users) and the GB/T 2260 region
 * of regulators and inspectors. A plain value: the web adapter builds it from the access token,
 * and use cases and aggregates decide with it.
 *
 * <p>The one region rule of QSP is {@link #supervises}: a regulator of the national authority
 * (100000) supervises every region, a provincial one (330000) its cities and counties, a city one
 * (330100) its counties, a county one (330106) itself.
 */
public record Caller(String subject, Set<Role> roles, Optional<String> uscc, Optional<String> region) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller is the enterprise with that USCC. */
    public boolean isEnterprise(String usccValue) {
        return has(Role.ENTERPRISE) && uscc.filter(u -> u.equals(usccValue)).isPresent();
    }

    /** Whether this caller is a regulator whose authority covers {@code place} (a GB/T 2260 code). */
    public boolean supervises(String place) {
        return has(Role.REGULATOR) && region.filter(r -> Regions.covers(r, place)).isPresent();
    }

    /**
     * Whether the caller's own region (an inspector's or a regulator's authority, from the token)
     * covers {@code place}, whatever the role: where an inspector may sample. Reading stays with
     * {@link #supervises}, which only regulators pass.
     */
    public boolean actsFor(String place) {
        return region.filter(r -> Regions.covers(r, place)).isPresent();
    }

    /**
     * The prefix of a regulator's list narrowed to {@code within} (a {@code region=} filter, null
     * for none): the filter's prefix when the regulator supervises it, the regulator's own when the
     * filter is wider, and empty when the two do not overlap (the list is then empty). 403
     * {@code claim-missing} without a valid region claim.
     */
    public Optional<String> supervisedPrefixWithin(String within) {
        String own = requireRegion();
        if (within == null || Regions.covers(within, own)) {
            return Optional.of(Regions.prefix(own));
        }
        return Regions.covers(own, within) ? Optional.of(Regions.prefix(within)) : Optional.empty();
    }

    /**
     * The leading digits of every region this regulator supervises ("33" for 330000, "" for the
     * national 100000): an index-friendly prefix for queries. 403 {@code claim-missing} without a
     * valid region claim.
     */
    public String supervisedPrefix() {
        return Regions.prefix(requireRegion());
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
}
