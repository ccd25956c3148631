package org.qsp.inspection.sample;

import java.util.Objects;

import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.InvalidUscc;
import org.qsp.platform.uscc.Uscc;

/**
 * The sampled party as written on the form. Some early USCCs are legal but fail the GB 32100
 * check character: such a code is accepted only when the inspector confirmed it
 * ({@code usccCheckOverridden}). The flag is kept only where it mattered, so a replay that adds or
 * drops a needless override is the same form.
 */
public record SampledEnterprise(String uscc, String name, String region, PartyRole role,
        boolean usccCheckOverridden) {

    public SampledEnterprise {
        uscc = Text.strip(uscc);
        name = Text.strip(name);
        if (!Uscc.isWellFormed(uscc)) {
            throw invalidUscc(uscc, Uscc.problem(uscc).orElse("is not well-formed"));
        }
        usccCheckOverridden = usccCheckOverridden && !Uscc.isValid(uscc);
        if (!usccCheckOverridden && !Uscc.isValid(uscc)) {
            throw invalidUscc(uscc, Uscc.problem(uscc).orElseThrow()
                    + "; if this early code is genuine, send it again with usccCheckOverride true");
        }
        if (name == null || name.isEmpty()) {
            throw new InvalidField("validation-failed", "enterprise.name", "enterprise.name is required");
        }
        Regions.placeProblem(region).ifPresent(problem -> {
            throw new InvalidField("validation-failed", "enterprise.region", "enterprise.region " + problem);
        });
        Objects.requireNonNull(role, "role");
    }

    private static InvalidUscc invalidUscc(String uscc, String problem) {
        return new InvalidUscc(uscc, problem, "enterprise.uscc");
    }
}
