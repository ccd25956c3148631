package org.qsp.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Signed access tokens for the gateway's tests: the gateway checks them with this key instead of identity's (its
 * decoder is the only thing replaced), so a test can send what identity would issue, and what it would not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    @Bean
    JwtDecoder testJwtDecoder() throws JOSEException {
        return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
    }

    static String regulator(String subject) {
        return sign(KEY, subject, List.of("REGULATOR"), Instant.now().plusSeconds(300));
    }

    static String expired(String subject) {
        return sign(KEY, subject, List.of("REGULATOR"), Instant.now().minusSeconds(60));
    }

    static String signedByAnotherKey(String subject) {
        return sign(OTHER_KEY, subject, List.of("REGULATOR"), Instant.now().plusSeconds(300));
    }

    private static String sign(RSAKey key, String subject, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().subject(subject).claim("roles", roles).claim("region", "330100")
                            .issueTime(new Date()).expirationTime(Date.from(expires)).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
