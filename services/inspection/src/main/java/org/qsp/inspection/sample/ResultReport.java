package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * A test result as reported by the lab or an inspector, normalized like the form: this is what a
 * replay is compared with. The overall verdict must agree with the items: FAIL needs at least one
 * failed item, PASS allows none.
 *
 * @param concludedAt when the test concluded, if the reporter said so (may be null: then the time
 *                    of recording is used, and a replay that again leaves it out is the same report)
 */
public record ResultReport(List<ItemResult> items, Verdict overallVerdict, Instant concludedAt) {

    public ResultReport {
        if (items == null || items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
            throw new InvalidField("validation-failed", "items", "at least one item result is required");
        }
        if (overallVerdict == null) {
            throw new InvalidField("validation-failed", "overallVerdict", "overallVerdict is required");
        }
        items = List.copyOf(items);
        concludedAt = concludedAt == null ? null : concludedAt.truncatedTo(ChronoUnit.MILLIS);
        boolean anyFailed = items.stream().anyMatch(ItemResult::failed);
        if (overallVerdict == Verdict.FAIL && !anyFailed) {
            throw new VerdictInconsistent("an overall FAIL needs at least one item with verdict FAIL");
        }
        if (overallVerdict == Verdict.PASS && anyFailed) {
            throw new VerdictInconsistent("an overall PASS cannot have an item with verdict FAIL");
        }
    }

    public List<ItemResult> failedItems() {
        return items.stream().filter(ItemResult::failed).toList();
    }
}
