package org.qsp.identity.user;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo users of {@code qsp.identity.users}; all share {@code qsp.identity.demo-password}.
 */
@Validated
@ConfigurationProperties("qsp.identity")
public record UserProperties(@NotBlank String demoPassword, @NotEmpty List<@Valid DemoUser> users) {
}
