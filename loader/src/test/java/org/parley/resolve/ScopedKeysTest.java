package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopedKeysTest {
    private static final String GROUP = "statement|https://parley.example/id/person/lena-berg|true";

    @Test
    void aDayReachesTheDaysWithinItsWindowAndTheUndatedMentionsOfItsGroupOnly() {
        Set<String> keys = ScopedKeys.of(GROUP, Optional.of(LocalDate.parse("2024-03-11")), 2);
        String day = keys.stream().filter(k -> k.contains("2024-03-11")).findFirst().orElseThrow();
        Set<String> reach = ScopedKeys.reach(day);
        assertThat(reach).hasSize(6).contains(day)
                .anyMatch(k -> k.contains("2024-03-09")).anyMatch(k -> k.contains("2024-03-13"))
                .noneMatch(k -> k.contains("2024-03-08") || k.contains("2024-03-14"))
                .allMatch(k -> k.startsWith(GROUP + "|"));
        Set<String> undated = ScopedKeys.of(GROUP, Optional.empty(), 2);
        assertThat(reach).containsAll(undated.stream().filter(ScopedKeysTest::isUndated).toList());
        assertThat(reach).doesNotContainAnyElementsOf(keys.stream().filter(k -> !k.equals(day)).toList());
    }

    @Test
    void aDayNeverReachesIntoAnotherMonthSoThatAGroupInTheNewsEveryDayIsReadAMonthAtATime() {
        String first = ScopedKeys.of(GROUP, Optional.of(LocalDate.parse("2024-03-01")), 2).stream()
                .filter(k -> k.contains("2024-03-01")).findFirst().orElseThrow();
        assertThat(ScopedKeys.reach(first)).anyMatch(k -> k.contains("2024-03-03"))
                .noneMatch(k -> k.contains("2024-02-"));
        assertThat(ScopedKeys.near(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-01"), 2)).isFalse();
        assertThat(ScopedKeys.near(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-03"), 2)).isTrue();
        assertThat(ScopedKeys.near(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-04"), 2)).isFalse();
    }

    @Test
    void aValueReachesItselfAndTheMentionsWithoutOneWhichReachEveryValue() {
        String group = "negotiation|pair";
        String swiss = ScopedKeys.ofValues(group, Set.of("CH")).stream().filter(k -> k.contains("CH")).findFirst().orElseThrow();
        String austrian = ScopedKeys.ofValues(group, Set.of("AT")).stream().filter(k -> k.contains("AT")).findFirst().orElseThrow();
        Set<String> without = ScopedKeys.ofValues(group, Set.of());
        String unscoped = without.stream().filter(ScopedKeysTest::isUndated).findFirst().orElseThrow();
        assertThat(ScopedKeys.reach(swiss)).contains(swiss, unscoped).doesNotContain(austrian);
        Set<String> shared = new java.util.TreeSet<>(without);
        shared.retainAll(ScopedKeys.ofValues(group, Set.of("AT")));
        assertThat(ScopedKeys.reach(unscoped)).containsAll(shared).hasSize(2);
    }

    @Test
    void aChildGroupIsReadAloneAndMeetsTheParentsUnscopedMentionsBothWays() {
        String pair = "negotiation|https://parley.example/id/country/sd|https://parley.example/id/country/td";
        Set<String> march = ScopedKeys.ofValues(ScopedKeys.child(pair, "2024-03"), Set.of("CH"));
        Set<String> april = ScopedKeys.ofValues(ScopedKeys.child(pair, "2024-04"), Set.of("CH"));
        Set<String> noMonth = ScopedKeys.ofValues(pair, Set.of());
        String marchKey = march.stream().filter(k -> k.contains("is:CH")).findFirst().orElseThrow();
        String noMonthKey = noMonth.stream().filter(ScopedKeysTest::isUndated).findFirst().orElseThrow();
        assertThat(ScopedKeys.reach(marchKey)).contains(marchKey, noMonthKey).doesNotContainAnyElementsOf(april);
        Set<String> fromNoMonth = ScopedKeys.reach(noMonthKey);
        assertThat(march.stream().filter(fromNoMonth::contains)).as("found from a mention without a month").isNotEmpty();
        assertThat(april.stream().filter(fromNoMonth::contains)).isNotEmpty();
    }

    @Test
    void anUndatedMentionReachesEveryMentionOfItsGroupThroughTheKeyAllShare() {
        Set<String> dated = ScopedKeys.of(GROUP, Optional.of(LocalDate.parse("2024-05-20")), 2);
        Set<String> undated = ScopedKeys.of(GROUP, Optional.empty(), 2);
        String undatedKey = undated.stream().filter(ScopedKeysTest::isUndated).findFirst().orElseThrow();
        Set<String> shared = new java.util.TreeSet<>(dated);
        shared.retainAll(undated);
        assertThat(shared).hasSize(1);
        assertThat(ScopedKeys.reach(undatedKey)).contains(undatedKey).containsAll(shared);
        assertThat(ScopedKeys.reach(shared.iterator().next())).as("the shared key is read, never followed").isEmpty();
    }

    @Test
    void keysMadeElsewhereAreTheirOwnBlock() {
        assertThat(ScopedKeys.reach("person|berg")).containsExactly("person|berg");
    }

    private static boolean isUndated(String key) {
        return key.endsWith("unscoped");
    }
}
