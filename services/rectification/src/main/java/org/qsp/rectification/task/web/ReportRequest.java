package org.qsp.rectification.task.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The enterprise's report: what it did (1 to 4000 characters) and the evidence it uploaded to the task (1 to 20). */
record ReportRequest(@NotBlank @Size(max = 4000) String measures,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 64) String> evidence) {
}
