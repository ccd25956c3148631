package org.qsp.identity.key;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void generates_a_private_rs256_key_once_and_reuses_it_after_a_restart() throws Exception {
        RSAKey first = new SigningKeyFile(dir.resolve("nested")).loadOrCreate();
        RSAKey second = new SigningKeyFile(dir.resolve("nested")).loadOrCreate();

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(Files.getPosixFilePermissions(dir.resolve("nested").resolve(SigningKeyFile.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refuses_a_file_that_is_not_a_jwk() throws Exception {
        Files.writeString(dir.resolve(SigningKeyFile.FILE_NAME), "not a key");

        assertThatIllegalStateException().isThrownBy(() -> new SigningKeyFile(dir).loadOrCreate());
    }
}
