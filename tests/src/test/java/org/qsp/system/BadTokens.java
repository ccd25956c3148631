package org.qsp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens that must get 401 everywhere, made from a real one: tampered (payload or signature), unsigned
 * ({@code alg: none}), signed by another key, and signed by identity's own key but expired, not yet valid or from
 * another issuer. Identity's key is the one the stack's identity keeps in its key folder.
 */
final class BadTokens {

    private BadTokens() {
    }

    /**
     * The real token's claims signed again with identity's key: a good token, which shows that the expired, not yet
     * valid and other-issuer tokens are refused for what is wrong with them, not for their signature.
     */
    static String resigned(String valid, Path identityKeys) {
        try {
            return sign(SignedJWT.parse(valid).getJWTClaimsSet(), identityKey(identityKeys));
        } catch (java.text.ParseException | JOSEException e) {
            throw new IllegalStateException("cannot sign with identity's key", e);
        }
    }

    /** Each kind of bad token, by name, made from {@code valid} (a real token of a regulator). */
    static Map<String, String> from(String valid, Path identityKeys) {
        try {
            SignedJWT real = SignedJWT.parse(valid);
            JWTClaimsSet claims = real.getJWTClaimsSet();
            RSAKey identity = identityKey(identityKeys);
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("garbage", "not-a-jwt");
            bad.put("tampered payload", tamperedPayload(valid));
            bad.put("tampered signature", valid.substring(0, valid.length() - 4)
                    + (valid.endsWith("AAAA") ? "BBBB" : "AAAA"));
            bad.put("unsigned (alg none)", unsigned(claims));
            bad.put("signed by another key", sign(claims, new RSAKeyGenerator(2048).keyID("other").generate()));
            Instant now = Instant.now();
            bad.put("expired", sign(new JWTClaimsSet.Builder(claims).issueTime(Date.from(now.minus(2, ChronoUnit.HOURS)))
                    .notBeforeTime(Date.from(now.minus(2, ChronoUnit.HOURS)))
                    .expirationTime(Date.from(now.minus(1, ChronoUnit.HOURS))).jwtID(UUID.randomUUID().toString())
                    .build(), identity));
            bad.put("not yet valid", sign(new JWTClaimsSet.Builder(claims)
                    .notBeforeTime(Date.from(now.plus(1, ChronoUnit.HOURS)))
                    .expirationTime(Date.from(now.plus(2, ChronoUnit.HOURS))).build(), identity));
            bad.put("another issuer", sign(new JWTClaimsSet.Builder(claims).issuer("http://issuer.example")
                    .build(), identity));
            return bad;
        } catch (java.text.ParseException | JOSEException e) {
            throw new IllegalStateException("cannot make the bad tokens", e);
        }
    }

    /** The token with its roles claim raised to ADMIN and its signature kept. */
    private static String tamperedPayload(String valid) {
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"REGULATOR\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey identityKey(Path folder) {
        try (var files = Files.list(folder)) {
            Path file = files.filter(f -> f.toString().endsWith(".json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no key in " + folder));
            String json = Files.readString(file);
            return json.contains("\"keys\"") ? JWKSet.parse(json).getKeys().getFirst().toRSAKey() : RSAKey.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("cannot read identity's key in " + folder, e);
        }
    }
}
