package org.qsp.recall;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.qsp.recall.defect.RiskLevel;

/**
 * The periods of the recall rules (DOMAIN.md §6) and the rhythm of the service. Working days come from the
 * platform's calendar ({@code qsp.calendar.*}); the day a period starts is never counted.
 *
 * @param objectionWorkingDays   a producer may object to an investigation within this many working days
 * @param planWorkingDays        an ordered consumer-product recall's plan is due within this many working days
 * @param summaryWorkingDays     the completion summary is due this many working days after the planned end
 * @param food                   the three food recall levels
 * @param reportEveryWorkingDays the progress reporting cadence of consumer products, per risk level
 * @param overdueCheckInterval   how often recalls past a deadline are marked overdue
 * @param feed                   the public feed
 */
@Validated
@ConfigurationProperties("qsp.recall")
public record RecallProperties(
        @Min(1) @DefaultValue("15") int objectionWorkingDays,
        @Min(1) @DefaultValue("10") int planWorkingDays,
        @Min(1) @DefaultValue("15") int summaryWorkingDays,
        @Valid @NotNull Food food,
        @NotNull Map<RiskLevel, Integer> reportEveryWorkingDays,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration overdueCheckInterval,
        @Valid @NotNull @DefaultValue Feed feed) {

    public RecallProperties {
        EnumMap<RiskLevel, Integer> cadence = new EnumMap<>(RiskLevel.class);
        if (reportEveryWorkingDays != null) {
            cadence.putAll(reportEveryWorkingDays);
        }
        List<RiskLevel> missing = java.util.Arrays.stream(RiskLevel.values())
                .filter(r -> cadence.get(r) == null || cadence.get(r) < 1).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("qsp.recall.report-every-working-days needs at least 1 working day for "
                    + "every risk level; missing or below 1: " + missing);
        }
        reportEveryWorkingDays = Map.copyOf(cadence);
    }

    /** The food recall levels (食品召回): level 1 the most urgent. */
    public record Food(@Valid @NotNull Level level1, @Valid @NotNull Level level2, @Valid @NotNull Level level3) {

        public Level level(int level) {
            return switch (level) {
                case 1 -> level1;
                case 2 -> level2;
                case 3 -> level3;
                default -> throw new IllegalArgumentException("food recall levels are 1, 2 and 3, not " + level);
            };
        }
    }

    /**
     * @param start                  the recall starts (and its plan is reported) within this time of its initiation
     * @param completionWorkingDays  the recall is completed within this many working days of its publication
     * @param reportEveryWorkingDays a progress report is due this many working days after the previous one
     */
    public record Level(@NotNull @DurationMin(hours = 1) @DurationMax(days = 30) Duration start,
            @Min(1) @Max(250) int completionWorkingDays, @Min(1) @Max(60) int reportEveryWorkingDays) {
    }

    /** @param settle how old a change must be before the public feed lists it */
    public record Feed(@NotNull @DurationMax(minutes = 1) @DefaultValue("2s") Duration settle) {
    }
}
