package org.qsp.inspection.sample;

import java.time.Instant;

/**
 * The verdict that counts, how it became final, when, and on whose word ({@code by}: the enterprise user, the
 * regulator, or {@code system} for a verdict final at once or by its window).
 */
public record FinalVerdict(Verdict verdict, Finalization basis, Instant at, String by) {
}
