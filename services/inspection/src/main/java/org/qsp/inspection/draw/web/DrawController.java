package org.qsp.inspection.draw.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.inspection.draw.Draw;
import org.qsp.inspection.draw.DrawService;
import org.qsp.inspection.plan.PlanId;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.IdempotencyKeys;

/** A plan's draw, made by a regulator of its region; the answer holds the picks with their inspector pairs. */
@RestController
class DrawController {

    private final DrawService draws;

    DrawController(DrawService draws) {
        this.draws = draws;
    }

    @PostMapping("/api/inspection/v1/plans/{planId}/draws")
    @PreAuthorize("hasRole('REGULATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    DrawView draw(@PathVariable String planId, @RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @RequestBody DrawBody body, Caller caller) {
        return DrawView.of(draws.draw(caller, new PlanId(planId), IdempotencyKeys.checked(idempotencyKey),
                body.seed()));
    }

    /** @param seed a published number to seed the draw with (a lottery result); left out, one is generated */
    record DrawBody(@Size(min = 1, max = 200) @Pattern(regexp = "[\\p{L}\\p{N} ._:/+-]+",
            message = "letters, digits, space and . _ : / + -") String seed) {
    }

    /** The draw for its regulators: the reproducibility record and every pick with its class and pair. */
    record DrawView(String drawId, String planId, String seed, String seedSource, String poolHash, String algorithm,
            Instant drawnAt, int poolSize, int excluded, List<PickView> picks) {

        static DrawView of(Draw draw) {
            return new DrawView(draw.id(), draw.planId(), draw.seed(), draw.seedSource().name(), draw.poolHash(),
                    draw.algorithm(), draw.drawnAt(), draw.poolSize(), draw.excluded(), draw.picks().stream()
                            .map(p -> new PickView(p.uscc(), p.riskClass().name(), p.category(), p.inspectorIds()))
                            .toList());
        }
    }

    record PickView(String uscc, String riskClass, String category, List<String> inspectorIds) {
    }
}
