package org.qsp.platform.kafka;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators list a dead-letter topic and replay a record after fixing its cause. */
@RestController
@Validated
@RequestMapping("/api/${qsp.service.name}/v1/admin/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/{topic}")
    List<DeadLetters.DeadLetter> list(@PathVariable String topic,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return deadLetters.list(topic, limit);
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetters.DeadLetter replay(@PathVariable String topic, @PathVariable int partition,
            @PathVariable long offset) {
        return deadLetters.replay(topic, partition, offset);
    }
}
