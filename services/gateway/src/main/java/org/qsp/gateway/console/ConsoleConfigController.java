package org.qsp.gateway.console;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /console/config.json}: where the page logs in and which API it reads, from the gateway's configuration. */
@RestController
class ConsoleConfigController {

    private final ConsoleProperties console;

    ConsoleConfigController(ConsoleProperties console) {
        this.console = console;
    }

    record ConsoleConfig(String issuer, String clientId, String api) {
    }

    @GetMapping(path = "/console/config.json", produces = "application/json")
    ResponseEntity<ConsoleConfig> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(new ConsoleConfig(console.identity().toString(), console.clientId(), console.api()));
    }
}
