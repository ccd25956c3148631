package org.qsp.identity.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory directory, UserProperties properties, PasswordEncoder encoder) {
        String password = encoder.encode(properties.demoPassword());
        return new InMemoryUserDetailsManager(directory.all().stream()
                .map(user -> userDetails(user, password))
                .toList());
    }

    private static UserDetails userDetails(DemoUser user, String encodedPassword) {
        return User.withUsername(user.username())
                .password(encodedPassword)
                .roles(user.roleNames().toArray(String[]::new))
                .build();
    }
}
