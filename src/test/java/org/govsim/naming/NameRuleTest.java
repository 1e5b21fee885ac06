package org.govsim.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRuleTest {

    @Test
    void namesThatTravelSafelyPass() {
        assertThat(NameRule.problem("openai-2023-board-crisis")).isEmpty();
        assertThat(NameRule.problem("a.b_c-1")).isEmpty();
        assertThat(NameRule.problem("x".repeat(NameRule.MAX_LENGTH))).isEmpty();
    }

    @Test
    void pathsEmptinessLengthAndUrlSyntaxAreRefused() {
        for (String bad : new String[] {"", "../../etc/evil", "a/b", "a;b", "a b", "-a", ".hidden", "caf\u00e9",
                "x".repeat(NameRule.MAX_LENGTH + 1)}) {
            assertThat(NameRule.problem(bad)).as(bad).isPresent();
        }
    }

    @Test
    void aDerivedNameIsCutToLeaveRoomForACounterAndNeverEndsOnASeparator() {
        String long1 = "a".repeat(60) + "-" + "b".repeat(60);
        String derived = NameRule.derived(long1);
        assertThat(derived.length()).isLessThanOrEqualTo(NameRule.MAX_LENGTH - 5);
        assertThat(NameRule.problem(derived + "-9999")).isEmpty();
        assertThat(NameRule.derived("a".repeat(94) + "-" + "b")).isEqualTo("a".repeat(94));
        assertThat(NameRule.derived("short")).isEqualTo("short");
    }
}
