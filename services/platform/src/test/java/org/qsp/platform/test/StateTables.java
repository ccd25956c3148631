package org.qsp.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** One row of a state machine's table, checked against the states: it allows exactly the moves it names. */
public final class StateTables {

    private StateTables() {
    }

    /**
     * {@code from} may become exactly the states named in {@code allowed} (blank-separated; blank for a final state),
     * and is final exactly when it names none.
     */
    public static <S extends Enum<S>> void assertRow(S from, String allowed, BiPredicate<S, S> canBecome,
            Predicate<S> isFinal) {
        Class<S> type = from.getDeclaringClass();
        Set<S> expected = EnumSet.noneOf(type);
        for (String name : allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")) {
            expected.add(Enum.valueOf(type, name));
        }
        for (S to : type.getEnumConstants()) {
            assertThat(canBecome.test(from, to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
        assertThat(isFinal.test(from)).as("%s is final", from).isEqualTo(expected.isEmpty());
    }
}
