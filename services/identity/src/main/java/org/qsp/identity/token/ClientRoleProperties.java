package org.qsp.identity.token;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qsp.identity.user.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Roles that tokens issued to a client for itself (client credentials) carry, by client id.
 */
@ConfigurationProperties("qsp.identity")
public record ClientRoleProperties(Map<String, Set<Role>> clientRoles) {

    public ClientRoleProperties {
        clientRoles = clientRoles == null ? Map.of() : Map.copyOf(clientRoles);
    }

    List<String> roleNames(String clientId) {
        return clientRoles.getOrDefault(clientId, Set.of()).stream().sorted().map(Role::name).toList();
    }
}
