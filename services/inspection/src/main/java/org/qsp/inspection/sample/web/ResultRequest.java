package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.inspection.sample.ItemResult;
import org.qsp.inspection.sample.ResultReport;
import org.qsp.inspection.sample.Verdict;

/**
 * A test result, item by item, with the overall verdict.
 *
 * @param concludedAt when the test concluded (optional: the time of recording)
 */
public record ResultRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid Item> items,
        @NotNull Verdict overallVerdict, Instant concludedAt) {

    public record Item(@NotBlank @Size(max = 200) String item, @Size(max = 200) String method,
            @NotNull @Size(max = 100) String limit, @NotBlank @Size(max = 100) String measured,
            @NotNull @Size(max = 50) String unit, @NotNull Verdict verdict, @NotNull Boolean safetyRelated,
            Boolean microbiological) {
    }

    public ResultReport toReport() {
        return new ResultReport(items.stream()
                .map(i -> new ItemResult(i.item(), i.method(), i.limit(), i.measured(), i.unit(), i.verdict(),
                        i.safetyRelated(), Boolean.TRUE.equals(i.microbiological())))
                .toList(), overallVerdict, concludedAt);
    }
}
