package org.qsp.harness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.qsp.identity.PkceLogin;

/**
 * Access tokens of the demo users, obtained through identity's real login form (authorization code + PKCE), once
 * per user and kept (identity's tokens live for an hour; a bench or chaos run is shorter). The password is
 * {@code QSP_DEMO_PASSWORD}, or {@code qsp-demo}.
 */
public final class DemoTokens {

    private final PkceLogin login;
    private final String password;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public DemoTokens(LocalStack stack) {
        this.login = PkceLogin.cli(stack.uri("identity", ""));
        String password = System.getenv("QSP_DEMO_PASSWORD");
        this.password = password == null || password.isBlank() ? "qsp-demo" : password;
    }

    public String of(String user) {
        return tokens.computeIfAbsent(user, name -> login.accessToken(name, password));
    }

    /** A token obtained anew, for a user whose kept token may have expired. */
    public String renew(String user) {
        tokens.remove(user);
        return of(user);
    }
}
