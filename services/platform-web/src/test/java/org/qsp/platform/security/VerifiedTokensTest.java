package org.qsp.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> verifiedByDelegate = new ArrayList<>();
    /** Accepts a token named "good-…" until its expiry, refuses every other one. */
    private Duration lifetime = Duration.ofHours(1);
    private final JwtDecoder issuer = token -> {
        verifiedByDelegate.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not verify");
        }
        Instant issued = Instant.parse(token.substring("good-".length()));
        Instant expires = issued.plus(lifetime);
        if (!clock.instant().isBefore(expires)) {
            throw new BadJwtException("expired");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("regulator1").issuedAt(issued)
                .expiresAt(expires).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(issuer, clock, 2);

    @Test
    void aTokenAcceptedOnceIsNotVerifiedAgainWhileValid() {
        String token = "good-" + NOW;

        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(verifiedByDelegate).containsExactly(token);
    }

    @Test
    void aDifferentTokenTextIsVerifiedAfresh() {
        Jwt first = tokens.decode("good-" + NOW);
        Jwt other = tokens.decode("good-" + NOW.plusSeconds(1));

        assertThat(other).isNotSameAs(first);
        assertThat(verifiedByDelegate).containsExactly("good-" + NOW, "good-" + NOW.plusSeconds(1));
    }

    @Test
    void refusalsAreNotKept() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifiedByDelegate).containsExactly("forged", "forged");
    }

    @Test
    void aTokenIsVerifiedAgainAtItsExpiryAndThenRefused() {
        lifetime = Duration.ofMinutes(2);
        String token = "good-" + NOW;
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(BadJwtException.class).hasMessage("expired");
        assertThat(verifiedByDelegate).containsExactly(token, token);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheLongestHold() {
        String token = "good-" + NOW;
        tokens.decode(token);

        clock.advance(VerifiedTokens.MAX_HOLD.minusSeconds(1));
        tokens.decode(token);
        assertThat(verifiedByDelegate).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        tokens.decode(token);
        assertThat(verifiedByDelegate).hasSize(2);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
