package org.qsp.archfixture.good.web;

import org.springframework.http.HttpStatus;
import org.qsp.archfixture.good.Thing;

public class ThingController {
    HttpStatus status(Thing thing) {
        return HttpStatus.OK;
    }
}
