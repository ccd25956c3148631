package org.qsp.archfixture.bad.web;

import org.qsp.archfixture.bad.store.ThingStore;

public class ThingController {
    ThingStore store;
}
