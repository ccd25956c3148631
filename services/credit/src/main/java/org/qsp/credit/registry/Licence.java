package org.qsp.credit.registry;

import java.time.LocalDate;

/**
 * A licence the enterprise holds (生产许可证, 食品经营许可证, …): its type (a code), its number, and the day it is
 * valid until (null: without end).
 */
public record Licence(String type, String number, LocalDate validUntil) {
}
