package org.qsp.rectification.task.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.rectification.task.Review;

/** The regulator's review of the report under review; asking for more information says what is missing. */
record ReviewRequest(@NotNull Review.Decision decision, @Size(max = 2000) String note) {
}
