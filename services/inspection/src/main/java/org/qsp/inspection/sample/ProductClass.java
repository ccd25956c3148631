package org.qsp.inspection.sample;

/**
 * The regime a sampled product falls under, which decides how its result may be contested (DOMAIN.md §3) and which
 * pass-rate target it counts towards (food 98.5 %, manufactured products 94 %, agricultural products 98 %):
 * <ul>
 * <li>{@code MANUFACTURED} (manufactured products, the default): an objection (异议) within 15 calendar days of the
 *     result notice;</li>
 * <li>{@code FOOD} and {@code AGRICULTURAL} (edible agricultural products): a re-test (复检) on the reserve sample
 *     at another lab, applied for within 7 working days, never for a microbiological failure.</li>
 * </ul>
 * The names are the monitor's pass-rate target keys ({@code qsp.monitor.kpis.targets}).
 */
public enum ProductClass {
    FOOD, MANUFACTURED, AGRICULTURAL;

    /** Whether a FAIL of this class is contested by a re-test (else by an objection). */
    public boolean contestedByRetest() {
        return this != MANUFACTURED;
    }
}
