package org.qsp.archfixture.bad;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.qsp.archfixture.bad.web.ThingController;
import org.qsp.archother.Foreign;

/** Breaks every rule of QspArchitecture once. */
public class Thing {
    HttpStatus status;
    MongoTemplate mongo;
    ThingController controller;
    Foreign foreign;
}
