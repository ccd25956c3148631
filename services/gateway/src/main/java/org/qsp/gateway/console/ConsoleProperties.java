package org.qsp.gateway.console;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the regulator console page needs to know about the deployment, served to it as {@code /console/config.json}.
 *
 * @param identity the identity server as the browser reaches it: the page sends the regulator there to log in and
 *                 exchanges the code at its token endpoint (also the one origin besides the gateway's own that the
 *                 page's content security policy lets it connect to)
 * @param clientId the public OAuth client of the console (authorization code + PKCE)
 * @param api      where the page reads the monitor's API, relative to the gateway
 */
@Validated
@ConfigurationProperties("qsp.console")
public record ConsoleProperties(@NotNull URI identity, @NotBlank @DefaultValue("qsp-console") String clientId,
        @NotBlank @DefaultValue("/api/monitor/v1") String api) {

    /** The identity server's origin (scheme, host and port), as a content security policy names it. */
    String identityOrigin() {
        return identity.getScheme() + "://" + identity.getRawAuthority();
    }
}
