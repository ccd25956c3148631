package org.qsp.rectification.task;

import org.qsp.platform.errors.DomainException;

/** The caller's token lacks the claim that scopes what it may see (uscc or region). */
public class MissingClaim extends DomainException {

    public MissingClaim(String claim) {
        super(Kind.FORBIDDEN, "claim-missing", "the access token has no " + claim + " claim");
    }
}
