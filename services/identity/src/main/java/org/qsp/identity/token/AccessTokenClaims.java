package org.qsp.identity.token;

import org.qsp.identity.user.UserDirectory;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the QSP claims to access tokens: {@code roles} always, {@code uscc} and {@code region} where the user has them.
 */
@Component
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserDirectory users;
    private final ClientRoleProperties clients;

    AccessTokenClaims(UserDirectory users, ClientRoleProperties clients) {
        this.users = users;
        this.clients = clients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) return;
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            context.getClaims().claim("roles", clients.roleNames(context.getRegisteredClient().getClientId()));
            return;
        }
        users.find(context.getPrincipal().getName())
                .ifPresent(user -> user.claims().forEach(context.getClaims()::claim));
    }
}
