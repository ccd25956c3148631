package org.qsp.inspection.draw.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.inspection.draw.Draw;
import org.qsp.inspection.draw.DrawId;
import org.qsp.inspection.draw.DrawService;

/**
 * The public record of a draw (一公开), without a login: seed, algorithm, pool hash, time, plan and the enterprises
 * picked. Credit classes are internal (DOMAIN.md §7) and inspectors are people: neither is shown. Anyone may ask the
 * service to run the draw again from what it recorded.
 */
@RestController
@RequestMapping("/api/inspection/v1/public/draws")
class PublicDrawController {

    private final DrawService draws;

    PublicDrawController(DrawService draws) {
        this.draws = draws;
    }

    @GetMapping("/{drawId}")
    PublicDraw draw(@PathVariable String drawId) {
        return PublicDraw.of(draws.published(new DrawId(drawId)));
    }

    @PostMapping("/{drawId}:verify")
    VerifyView verify(@PathVariable String drawId) {
        var verification = draws.verify(new DrawId(drawId));
        Draw draw = verification.draw();
        return new VerifyView(draw.id(), verification.matches(), draw.poolHash(), verification.recomputedHash(),
                verification.picksMatch(), draw.algorithm(), draw.seed(), draw.poolSize(), draw.picks().size());
    }

    record PublicDraw(String drawId, PlanView plan, String seed, String seedSource, String algorithm,
            String poolHash, int poolSize, Instant drawnAt, List<PublicPick> picks) {

        static PublicDraw of(Draw draw) {
            var spec = draw.plan();
            return new PublicDraw(draw.id(), new PlanView(draw.planId(), spec.year(), spec.level().name(),
                    spec.samplingType().name(), spec.region(), spec.categories()), draw.seed(),
                    draw.seedSource().name(), draw.algorithm(), draw.poolHash(), draw.poolSize(), draw.drawnAt(),
                    draw.picks().stream().map(p -> new PublicPick(p.uscc(), p.category())).toList());
        }
    }

    record PlanView(String planId, int year, String level, String samplingType, String region,
            List<String> categories) {
    }

    record PublicPick(String uscc, String category) {
    }

    /**
     * @param matches        the pool hash recomputed from the stored snapshot equals the recorded one, and running
     *                       the algorithm again gave the same picks and pairs
     * @param recomputedHash the hash of the stored snapshot as it is now
     */
    record VerifyView(String drawId, boolean matches, String poolHash, String recomputedHash, boolean picksMatch,
            String algorithm, String seed, int poolSize, int picks) {
    }
}
