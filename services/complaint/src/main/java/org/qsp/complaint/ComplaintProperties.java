package org.qsp.complaint;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The deadlines of the complaint and report rules (2019, amended 2022) and the rhythm of the service. Working days
 * come from the platform's calendar ({@code qsp.calendar.*}); the day a period starts is never counted.
 *
 * @param acceptanceWorkingDays            accept or not within 7 working days of receipt
 * @param mediationWorkingDays             mediation ends within 45 working days of acceptance (pauses not counted)
 * @param notificationWorkingDays          both parties are told of a mediation's end within 7 working days
 * @param leadCheckWorkingDays             a violation found in mediation is checked as a lead within 15 working days
 * @param verificationWorkingDays          a report's lead is verified within 15 working days of acceptance
 * @param verificationExtensionWorkingDays ... plus 15 with an approver and a reason
 * @param decisionDays                     a report is decided within 90 calendar days of acceptance
 * @param decisionExtensionDays            ... plus 30 with an approver and a reason
 * @param reporterNotificationWorkingDays  a named reporter is told of the decision within 5 working days
 * @param overdueCheckInterval             how often cases past their acceptance deadline are marked overdue
 * @param anonymousReportsPerMinute        reports filed without a token accepted per minute (429 above)
 * @param maxAttachments                   attachment references per case
 * @param cluster                          complaint cluster detection
 */
@Validated
@ConfigurationProperties("qsp.complaint")
public record ComplaintProperties(
        @Min(1) @DefaultValue("7") int acceptanceWorkingDays,
        @Min(1) @DefaultValue("45") int mediationWorkingDays,
        @Min(1) @DefaultValue("7") int notificationWorkingDays,
        @Min(1) @DefaultValue("15") int leadCheckWorkingDays,
        @Min(1) @DefaultValue("15") int verificationWorkingDays,
        @Min(1) @DefaultValue("15") int verificationExtensionWorkingDays,
        @Min(1) @DefaultValue("90") int decisionDays,
        @Min(1) @DefaultValue("30") int decisionExtensionDays,
        @Min(1) @DefaultValue("5") int reporterNotificationWorkingDays,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration overdueCheckInterval,
        @Min(1) @DefaultValue("30") int anonymousReportsPerMinute,
        @Min(1) @Max(100) @DefaultValue("10") int maxAttachments,
        @Valid @NotNull @DefaultValue Cluster cluster) {

    /**
     * @param threshold cases about one respondent or product, in one region and category, that make a cluster
     * @param window    the length of a cluster's window, from its first case
     */
    public record Cluster(@Min(2) @DefaultValue("5") int threshold,
            @NotNull @DurationMin(hours = 1) @DefaultValue("30d") Duration window) {
    }
}
