package org.qsp.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediation of a complaint (调解): both parties' consent, the 45-working-day deadline (moved by pauses for
 * testing, suspended by recusal), what each party said, and how it ended.
 */
public class Mediation {

    public enum Pause {
        /** 检测、检验、鉴定: the time does not count. */
        TESTING,
        /** 回避: the mediator withdraws; the mediation is suspended until another takes over. */
        RECUSAL
    }

    public enum Party {
        COMPLAINANT, RESPONDENT
    }

    public record Statement(Party party, String text, Instant at) {
    }

    Instant complainantConsentedAt;
    Instant respondentConsentedAt;
    LocalDate deadline;
    Pause pausedFor;
    Instant pausedSince;
    List<Statement> statements = new ArrayList<>();
    MediationOutcome outcome;
    boolean violationFound;
    Instant concludedAt;
    LocalDate leadCheckDue;

    Mediation() {
    }

    Mediation(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean bothConsented() {
        return complainantConsentedAt != null && respondentConsentedAt != null;
    }

    public Instant complainantConsentedAt() {
        return complainantConsentedAt;
    }

    public Instant respondentConsentedAt() {
        return respondentConsentedAt;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Pause pausedFor() {
        return pausedFor;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public MediationOutcome outcome() {
        return outcome;
    }

    public boolean violationFound() {
        return violationFound;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public LocalDate leadCheckDue() {
        return leadCheckDue;
    }
}
