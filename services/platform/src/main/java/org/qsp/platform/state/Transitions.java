package org.qsp.platform.state;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qsp.platform.errors.Rejected;

/**
 * The moves a state machine allows, as a table: one row per state, naming the states it may become; a row without
 * targets is a final state. An enum of states keeps its table in a constant and answers from it:
 *
 * <pre>{@code
 * private static final Transitions<TaskStatus> MOVES = Transitions.of(TaskStatus.class)
 *         .allow(NOTIFIED, ACKNOWLEDGED, OVERDUE)
 *         .allow(ACKNOWLEDGED, REPORTED)
 *         .allow(REPORTED)
 *         .complete();
 * public boolean canBecome(TaskStatus target) { return MOVES.allows(this, target); }
 * }</pre>
 * {@link #complete()} refuses a table that leaves a state out, so that a state added later cannot go unplanned.
 */
public final class Transitions<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private Transitions(Class<S> type) {
        this.type = type;
        this.next = new EnumMap<>(type);
    }

    public static <S extends Enum<S>> Transitions<S> of(Class<S> type) {
        return new Transitions<>(type);
    }

    /** The row of {@code from}: the states it may become (none: final). */
    @SafeVarargs
    public final Transitions<S> allow(S from, S... to) {
        if (next.containsKey(from)) {
            throw new IllegalStateException(from + " has two rows in the table of " + type.getSimpleName());
        }
        Set<S> targets = EnumSet.noneOf(type);
        targets.addAll(List.of(to));
        next.put(from, Collections.unmodifiableSet(targets));
        return this;
    }

    /** The table, once every state has its row. */
    public Transitions<S> complete() {
        Set<S> missing = EnumSet.allOf(type);
        missing.removeAll(next.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the table of " + type.getSimpleName() + " has no row for " + missing);
        }
        return this;
    }

    public boolean allows(S from, S to) {
        return next.get(from).contains(to);
    }

    public Set<S> next(S from) {
        return next.get(from);
    }

    public boolean isFinal(S state) {
        return next.get(state).isEmpty();
    }

    /**
     * {@code target} when the table allows the move, else 422 {@code illegal-transition}: "{@code what} is FROM; it
     * cannot become TARGET".
     */
    public S move(S from, S target, String what) {
        if (!allows(from, target)) {
            throw new Rejected("illegal-transition", what + " is " + from + "; it cannot become " + target);
        }
        return target;
    }
}
