package org.qsp.credit.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.credit.registry.RegistryRows.RegistryRow;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.paging.Page;
import org.qsp.platform.region.Regions;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStore.Outcome;
import org.qsp.platform.uscc.Uscc;

/**
 * The enterprise registry's use cases: read and list (ADMIN everything, a regulator its region), register one
 * enterprise (PUT), register a batch of import rows in one bulk write, and follow what credit's events taught a file.
 */
@Service
public class Registry {

    private final AggregateStore<RegistryEntry> entries;
    private final RegistryEntries lists;
    private final Clock clock;

    Registry(AggregateStore<RegistryEntry> entries, RegistryEntries lists, Clock clock) {
        this.entries = entries;
        this.lists = lists;
        this.clock = clock;
    }

    /** The entry, for ADMIN or a regulator of its region; 404 for everyone else, as for a USCC not registered. */
    public RegistryEntry get(String uscc, Caller caller) {
        return entries.find(uscc).filter(e -> sees(caller, e.region()))
                .orElseThrow(() -> new NotFound("registry entry", uscc));
    }

    /** The entries of the caller's area (narrowed to {@code region} when given), by USCC. */
    public Page<RegistryEntry> list(Caller caller, String region, String category, RegistryStatus status, int page,
            int size) {
        Optional<String> prefix = caller.has(Role.ADMIN)
                ? Optional.of(region == null ? "" : Regions.prefix(region))
                : caller.supervisedPrefixWithin(region);
        return prefix.map(p -> lists.list(p, category, status, page, size)).orElseGet(() -> Page.empty(page, size));
    }

    /**
     * Registers the enterprise as {@code data} says (created: {@code changed} and new; the same again changes
     * nothing). A USCC that fails its check character needs {@code checkOverridden} (400 {@code invalid-uscc}
     * otherwise). A regulator registers only within its region (403 {@code region-not-supervised}) and changes only
     * entries of its region (404 for another's).
     */
    public Outcome<RegistryEntry> put(String uscc, RegistryData data, Caller caller) {
        new Uscc(uscc, data.checkOverridden());
        RegistryData taken = new RegistryData(data.name(), data.region(), data.licences(), data.categories(),
                data.status(), data.checkOverridden() && !Uscc.isValid(uscc));
        if (!sees(caller, data.region())) {
            throw new Forbidden("region-not-supervised", "region " + data.region() + " is outside your authority");
        }
        Instant now = clock.instant();
        return entries.upsert(uscc, () -> RegistryEntry.register(uscc, taken, now), entry -> {
            if (!sees(caller, entry.region())) {
                throw new NotFound("registry entry", uscc);
            }
            entry.take(taken, now);
        });
    }

    /** Registers a batch of valid import rows: one query, one bulk write of the entries that changed; how many. */
    public long register(List<RegistryRow> rows) {
        Instant now = clock.instant();
        entries.upsertAll(rows, RegistryRow::uscc, row -> RegistryEntry.register(row.uscc(), row.data(), now),
                (row, entry) -> entry.take(row.data(), now));
        return rows.size();
    }

    /**
     * What an event taught the enterprise's credit file: an enterprise first seen enters the registry (once it has
     * a name); an entry that only events made follows the file; a registered entry stays as registered.
     */
    public void learned(String uscc, String name, String region) {
        if (name == null && entries.find(uscc).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        entries.upsert(uscc, () -> RegistryEntry.seen(uscc, name, region, now), e -> e.learn(name, region, now));
    }

    /** Whether the caller may see (and register) an entry of that region. */
    static boolean sees(Caller caller, String region) {
        return caller.has(Role.ADMIN) || caller.supervises(region);
    }
}
