package org.qsp.credit.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;

/**
 * An enterprise of credit's registry (检查对象名录库), keyed by its USCC: name, region, licences, product
 * categories and status. Its own aggregate beside the credit file ({@code Enterprise}): imports write entries in
 * bulk without touching the files' tallies, and the files' writes never wait on an import.
 *
 * <p>An entry from an import or a PUT is authoritative ({@link Source#REGISTERED}): events never change it. An
 * enterprise first seen in an event enters as {@link Source#EVENTS}, ACTIVE and without categories, with the name and
 * region of record its credit file learned (ADR 0014); later events keep such an entry in step with the file, until a
 * registration takes it over. Entering raises {@code credit.enterprise.registered}; a change of any field raises
 * {@code credit.enterprise.updated} with the whole entry; a change that changes nothing raises nothing. Each in the
 * entry's own write.
 */
@Document("registry")
@CompoundIndex(name = "region_uscc", def = "{'region': 1, '_id': 1}")
@CompoundIndex(name = "categories_uscc", def = "{'categories': 1, '_id': 1}")
public class RegistryEntry extends org.qsp.platform.outbox.OutboxDocument {

    /** Where the entry's fields come from. */
    public enum Source {
        /** an import row or a PUT: the authoritative source of name and region */
        REGISTERED,
        /** only what credit's events said (name and region of record), until a registration */
        EVENTS
    }

    @Id
    private String uscc;
    private String name;
    private String region;
    private List<Licence> licences = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private RegistryStatus status;
    private boolean checkOverridden;
    private Source source;
    private Instant registeredAt;
    private Instant updatedAt;

    RegistryEntry() {
    }

    /** An enterprise registered by an import or a PUT. */
    public static RegistryEntry register(String uscc, RegistryData data, Instant at) {
        RegistryEntry entry = new RegistryEntry();
        entry.uscc = uscc;
        entry.source = Source.REGISTERED;
        entry.fill(data);
        entry.registeredAt = at;
        entry.updatedAt = at;
        entry.raise(new CreditEnterpriseRegistered(uscc, entry.name, entry.region, entry.categories,
                entry.status.name(), null, at));
        return entry;
    }

    /** An enterprise first seen in an event: ACTIVE, no categories, the name and region its credit file has. */
    public static RegistryEntry seen(String uscc, String name, String region, Instant at) {
        return register(uscc, new RegistryData(name, region, List.of(), List.of(), RegistryStatus.ACTIVE, false), at)
                .from(Source.EVENTS);
    }

    /**
     * Takes what a registration says: changes what differs (and the entry is authoritative from now on); raises
     * {@code credit.enterprise.updated} when a field changed, nothing otherwise.
     */
    public void take(RegistryData data, Instant at) {
        boolean same = Objects.equals(name, data.name()) && Objects.equals(region, data.region())
                && licences().equals(data.licences()) && categories().equals(data.categories())
                && status == data.status() && checkOverridden == data.checkOverridden();
        if (same && source == Source.REGISTERED) {
            return;
        }
        source = Source.REGISTERED;
        if (!same) {
            fill(data);
            updated(at);
        }
    }

    /**
     * What an event taught the credit file (its name, its region of record): an entry that only events made follows
     * it; a registered one stays as registered.
     */
    public void learn(String newName, String newRegion, Instant at) {
        if (source != Source.EVENTS || (Objects.equals(name, newName) && Objects.equals(region, newRegion))) {
            return;
        }
        if (newName != null) {
            name = newName;
        }
        if (newRegion != null) {
            region = newRegion;
        }
        updated(at);
    }

    private void fill(RegistryData data) {
        name = data.name();
        region = data.region();
        licences = new ArrayList<>(data.licences());
        categories = new ArrayList<>(data.categories());
        status = data.status();
        checkOverridden = data.checkOverridden();
    }

    private void updated(Instant at) {
        updatedAt = at;
        raise(new CreditEnterpriseUpdated(uscc, name, region, categories(), status.name(), null, at));
    }

    private RegistryEntry from(Source from) {
        source = from;
        return this;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public List<Licence> licences() {
        return licences == null ? List.of() : List.copyOf(licences);
    }

    public List<String> categories() {
        return categories == null ? List.of() : List.copyOf(categories);
    }

    public RegistryStatus status() {
        return status;
    }

    public boolean checkOverridden() {
        return checkOverridden;
    }

    public Source source() {
        return source;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
