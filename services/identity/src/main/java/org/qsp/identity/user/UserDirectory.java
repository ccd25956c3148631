package org.qsp.identity.user;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

@Component
public class UserDirectory {

    private final Map<String, DemoUser> users;

    UserDirectory(UserProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public Collection<DemoUser> all() {
        return users.values();
    }
}
