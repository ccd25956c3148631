package org.qsp.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.qsp.platform.test.TestUsccs;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fresh enterprises that can log in: identity starts with its demo users (its application.yml, read here so that
 * the list never drifts) and, beside them, a pool of ENTERPRISE users with fresh USCCs registered in a few regions.
 * A test takes one with {@link #take}; its user is {@code ent-<uscc>}. The enterprise of a failed sample accepts its
 * result with that user's token before rectification and credit act on it (ADR 0019).
 */
final class Enterprises {

    /** How many fresh enterprises each region's pool holds (every system test class of one JVM shares them). */
    private static final Map<String, Integer> POOL = Map.of("330100", 60, "330106", 10, "320106", 10,
            "330203", 10);
    private static final Map<String, String> DEMO = Map.of("91330100MA27XY012B", "ent-a",
            "91330106MA2B3C4D5D", "ent-b");

    private final Map<String, Deque<String>> fresh = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> users = new ArrayList<>();

    Enterprises(Path root) {
        users.addAll(demoUsers(root));
        POOL.forEach((region, size) -> {
            Deque<String> usccs = new ArrayDeque<>();
            for (int i = 0; i < size; i++) {
                String uscc = TestUsccs.valid(region);
                usccs.add(uscc);
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("username", user(uscc));
                user.put("roles", List.of("ENTERPRISE"));
                user.put("uscc", uscc);
                users.add(user);
            }
            fresh.put(region, usccs);
        });
    }

    /** A fresh enterprise registered in {@code region} (GB/T 2260, positions 3 to 8 of its USCC) that can log in. */
    String take(String region) {
        Deque<String> pool = fresh.get(region);
        if (pool == null) {
            throw new IllegalArgumentException("no enterprises are registered in " + region + "; add it to POOL");
        }
        synchronized (pool) {
            if (pool.isEmpty()) {
                throw new IllegalStateException("the pool of enterprises in " + region + " is used up; enlarge it");
            }
            return pool.poll();
        }
    }

    /** The user who logs in as the enterprise: ent-a, ent-b, or one of the pool. */
    static String user(String uscc) {
        return DEMO.getOrDefault(uscc, "ent-" + uscc);
    }

    /** identity's users, demo and pool, as {@code SPRING_APPLICATION_JSON} (a list replaces the yml's list). */
    String asApplicationJson() {
        return JsonMapper.builder().build().writeValueAsString(
                Map.of("qsp", Map.of("identity", Map.of("users", users))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> demoUsers(Path root) {
        Path yml = root.resolve("services/identity/src/main/resources/application.yml");
        try (InputStream in = Files.newInputStream(yml)) {
            Map<String, Object> config = new Yaml().load(in);
            var identity = (Map<String, Object>) ((Map<String, Object>) config.get("qsp")).get("identity");
            return (List<Map<String, Object>>) identity.get("users");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
