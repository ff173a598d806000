package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayKeysTest {
    private static final String GROUP = "statement|https://parley.example/id/person/lena-berg|true";

    @Test
    void aDayReachesTheDaysWithinItsWindowAndTheUndatedMentionsOfItsGroupOnly() {
        Set<String> keys = DayKeys.of(GROUP, Optional.of(LocalDate.parse("2024-03-01")), 2);
        String day = keys.stream().filter(k -> k.contains("2024-03-01")).findFirst().orElseThrow();
        Set<String> reach = DayKeys.reach(day);
        assertThat(reach).hasSize(6).contains(day)
                .anyMatch(k -> k.contains("2024-02-28")).anyMatch(k -> k.contains("2024-03-03"))
                .noneMatch(k -> k.contains("2024-02-27") || k.contains("2024-03-04"))
                .allMatch(k -> k.startsWith(GROUP + "|"));
        Set<String> undated = DayKeys.of(GROUP, Optional.empty(), 2);
        assertThat(reach).containsAll(undated.stream().filter(DayKeysTest::isUndated).toList());
        assertThat(reach).doesNotContainAnyElementsOf(keys.stream().filter(k -> !k.equals(day)).toList());
    }

    @Test
    void anUndatedMentionReachesEveryMentionOfItsGroupThroughTheKeyAllShare() {
        Set<String> dated = DayKeys.of(GROUP, Optional.of(LocalDate.parse("2024-05-20")), 2);
        Set<String> undated = DayKeys.of(GROUP, Optional.empty(), 2);
        String undatedKey = undated.stream().filter(DayKeysTest::isUndated).findFirst().orElseThrow();
        Set<String> shared = new java.util.TreeSet<>(dated);
        shared.retainAll(undated);
        assertThat(shared).hasSize(1);
        assertThat(DayKeys.reach(undatedKey)).contains(undatedKey).containsAll(shared);
        assertThat(DayKeys.reach(shared.iterator().next())).as("the shared key is read, never followed").isEmpty();
    }

    @Test
    void keysMadeElsewhereAreTheirOwnBlock() {
        assertThat(DayKeys.reach("person|berg")).containsExactly("person|berg");
    }

    private static boolean isUndated(String key) {
        return key.endsWith("undated");
    }
}
