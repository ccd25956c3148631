package org.qsp.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token that has passed its checks once is not checked again while it stays valid: the decoded token is kept,
 * keyed by its exact text, until it expires or for at most {@link #MAX_HOLD}, whichever comes first. Verifying an
 * RS256 signature was a sixth of the gateway's CPU per proxied request, and every service did it again; a caller
 * sends the same token for its whole lifetime.
 * <p>
 * Nothing is weakened: only a token the delegate accepted is kept, under the whole token text (a changed byte is a
 * different key and is verified afresh), and it is dropped at its {@code exp}, so an expired token is refused by the
 * delegate as before. What {@link #MAX_HOLD} bounds is how long a token stays accepted after identity has withdrawn
 * its signing key. Refusals are not kept: a bad token costs a verification every time, as before.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** The longest a verified token is accepted without being verified again. */
    public static final Duration MAX_HOLD = Duration.ofMinutes(5);
    /** Enough for every caller active within {@link #MAX_HOLD}; an entry is a few KiB. */
    static final int MAX_TOKENS = 4_096;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder delegate) {
        this(delegate, Clock.systemUTC(), MAX_TOKENS);
    }

    VerifiedTokens(JwtDecoder delegate, Clock clock, int maxTokens) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> hold(jwt)))
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (!hold(jwt).isZero()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Until the token expires, at most {@link #MAX_HOLD}; a token without {@code exp} is not kept. */
    private Duration hold(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(MAX_HOLD) < 0 ? left : MAX_HOLD;
    }
}
