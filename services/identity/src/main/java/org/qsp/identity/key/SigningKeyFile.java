package org.qsp.identity.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RS256 key pair kept as a private JWK in one file: read when present, generated and written when absent.
 */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    static final String FILE_NAME = "signing-key.jwk.json";

    private final Path file;

    SigningKeyFile(Path dir) {
        this.file = dir.resolve(FILE_NAME);
    }

    RSAKey loadOrCreate() {
        try {
            if (Files.notExists(file)) write(generate());
            RSAKey key = RSAKey.parse(Files.readString(file));
            log.info("Signing key {} read from {}", key.getKeyID(), file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file.toAbsolutePath(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file.toAbsolutePath() + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private void write(RSAKey key) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, key.toJSONString());
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Signing key {} generated in {}", key.getKeyID(), file.toAbsolutePath());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
