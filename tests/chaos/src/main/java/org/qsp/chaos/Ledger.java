package org.qsp.chaos;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.qsp.harness.SampleForms;

/**
 * Every sample this run filed, and which of them count as acknowledged: both of their {@code PUT}s (form and FAIL
 * result) answered 2xx. Samples go to a small pool of fresh enterprises of this run, so that an enterprise's
 * credit file takes many records (and concurrent events of one enterprise) without one enterprise taking all.
 */
final class Ledger {

    private static final int ENTERPRISES = 40;

    private final List<String> enterprises = IntStream.range(0, ENTERPRISES).mapToObj(i -> SampleForms.newUscc()).toList();
    private final SampleForms forms = new SampleForms();
    private final Set<String> filed = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    /** A new sample, with the bodies its {@code PUT}s send every time (a retry repeats them byte for byte). */
    Sample next() {
        String id = UUID.randomUUID().toString();
        String uscc = enterprises.get(ThreadLocalRandom.current().nextInt(enterprises.size()));
        filed.add(id);
        return new Sample(id, uscc, forms.form(uscc), SampleForms.result("FAIL"));
    }

    void acknowledged(Sample sample) {
        acknowledged.add(sample.id());
    }

    /** A sample given up on after an answer that no retry changes (a 4xx other than 429). */
    void refused(Sample sample, String why) {
        refused.put(sample.id(), why);
    }

    Set<String> filed() {
        return Set.copyOf(filed);
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    Map<String, String> refused() {
        return Map.copyOf(refused);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** One failed sample: its id, its enterprise and the two bodies. */
    record Sample(String id, String uscc, String form, String result) {

        String formPath() {
            return "/api/inspection/v1/samples/" + id;
        }

        String resultPath() {
            return formPath() + "/result";
        }
    }
}
