package org.qsp.infra.local;

import java.nio.file.Path;
import java.util.Map;

record Env(Map<String, String> values) {

    static Env system() {
        return new Env(System.getenv());
    }

    int port(String name, int fallback) {
        String raw = values.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(raw.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a TCP port (1-65535), was '" + raw + "'");
        }
    }

    String value(String name, String fallback) {
        String raw = values.get(name);
        return raw == null || raw.isBlank() ? fallback : raw.strip();
    }

    Path path(String[] args, String name, String fallback) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        String raw = values.get(name);
        return Path.of(raw == null || raw.isBlank() ? fallback : raw.strip());
    }
}
