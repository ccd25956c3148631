package org.qsp.archfixture.good;

import org.qsp.platform.store.AggregateStore;

/** A use case on the platform's aggregate store: the platform's store package is not an adapter of the service. */
public class ThingService {

    private final AggregateStore<Thing> things;

    public ThingService(AggregateStore<Thing> things) {
        this.things = things;
    }

    public Thing rename(String id) {
        return things.update(id, thing -> { });
    }
}
