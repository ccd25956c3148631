package org.qsp.inspection.pool;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Forbidden;

/** Regulators put inspectors of their region into the pool (or change them). */
@Service
public class InspectorPoolService {

    private final InspectorPool pool;
    private final Clock clock;

    public InspectorPoolService(InspectorPool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Stores the inspector as given. The regulator must supervise the inspector's region, and the region the
     * inspector had before when it moves (403 {@code region-not-supervised}).
     *
     * @return whether the inspector is new to the pool (neither stored nor configured before)
     */
    public boolean put(Caller caller, String id, String region, List<String> qualifications, List<String> conflicts) {
        if (!caller.supervises(region)) {
            throw new Forbidden("region-not-supervised", "region " + region + " is outside your authority");
        }
        for (int i = 0; conflicts != null && i < conflicts.size(); i++) {
            String uscc = conflicts.get(i);
            int index = i;
            org.qsp.platform.uscc.Uscc.problem(uscc).ifPresent(p -> {
                throw new org.qsp.platform.errors.InvalidField("invalid-uscc", "conflicts[" + index + "]", p);
            });
        }
        var before = pool.entry(id);
        if (before.isPresent() && !caller.supervises(before.get().region())) {
            throw new Forbidden("region-not-supervised", "inspector " + id + " works for an authority outside yours");
        }
        pool.put(new PoolInspector(id, region, qualifications, conflicts, clock.instant()));
        return before.isEmpty();
    }

    public PoolInspector get(Caller caller, String id) {
        return pool.entry(id).filter(i -> caller.supervises(i.region()))
                .orElseThrow(() -> new org.qsp.platform.errors.NotFound("inspector", id));
    }
}
