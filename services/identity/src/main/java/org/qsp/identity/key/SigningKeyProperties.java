package org.qsp.identity.key;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the token signing key lives. A key is generated there on first start and reused after,
 * so tokens stay valid across restarts; deleting the file invalidates every issued token.
 */
@Validated
@ConfigurationProperties("qsp.identity.signing-key")
public record SigningKeyProperties(@NotNull Path dir) {
}
