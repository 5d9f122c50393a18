// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.InvalidSettingException;

class SettingValuesTest {

    private enum Mode { OFF, LOG, THROW }

    private static SettingValues values(Map<String, Object> settings) {
        return SettingValues.of(settings, InvalidSettingException::new);
    }

    @Test
    void absentSettingsTakeTheirDefaults() {
        SettingValues values = values(Map.of());
        assertThat(values.bool("b", true)).isTrue();
        assertThat(values.whole("n", 7, 1, 10, "")).isEqualTo(7);
        assertThat(values.choice("m", Mode.class, Mode.LOG)).isEqualTo(Mode.LOG);
        assertThat(values.list("l", List.of("x"))).containsExactly("x");
        assertThat(values.isSet("b")).isFalse();
    }

    @Test
    void blankValuesAreRefusedNamingTheSetting() {
        SettingValues values = values(Map.of("b", " ", "n", "", "m", "\t"));
        assertThatThrownBy(() -> values.bool("b", true)).isInstanceOf(InvalidSettingException.class)
                .hasMessage("The value [ ] of the [b] setting is not supported; allowed: true, false"
                        + " (a blank value is not a setting: remove it to use the default)");
        assertThatThrownBy(() -> values.whole("n", 1, 0, 5, "")).hasMessageContaining("[n]").hasMessageContaining("blank");
        assertThatThrownBy(() -> values.choice("m", Mode.class, Mode.LOG)).hasMessageContaining("off, log, throw");
    }

    @Test
    void blankListIsTheEmptyList() {
        assertThat(values(Map.of("l", "  ")).list("l", List.of("x"))).isEmpty();
        assertThat(values(Map.of("l", " a, ,b ")).list("l", List.of())).containsExactly("a", "b");
        assertThat(values(Map.of("l", List.of(" a ", ""))).list("l", List.of())).containsExactly("a");
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        assertThat(values(Map.of("b", " TRUE ")).bool("b", false)).isTrue();
        assertThat(values(Map.of("b", Boolean.FALSE)).bool("b", true)).isFalse();
        for (String word : List.of("yes", "on", "1", "no", "off", "0")) {
            assertThatThrownBy(() -> values(Map.of("b", word)).bool("b", true))
                    .hasMessage("The value [" + word + "] of the [b] setting is not supported; allowed: true, false");
        }
    }

    @Test
    void wholeNumbersStayInTheirRangeAndNeverWrap() {
        assertThat(values(Map.of("n", "1_000")).whole("n", 0, 0, 5000, "ms")).isEqualTo(1000);
        assertThat(values(Map.of("n", 12)).wholeInt("n", 0, 0, 50, "")).isEqualTo(12);
        for (Object bad : List.of("99999999999999999999", "5001", "-1", "1.5", 2.0, "ten", Long.MAX_VALUE)) {
            assertThatThrownBy(() -> values(Map.of("n", bad)).whole("n", 0, 0, 5000, "ms"))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("allowed: a whole number of ms from 0 to 5000");
        }
    }

    @Test
    void choicesMatchWithoutRegardToCase() {
        assertThat(values(Map.of("m", " Throw ")).choice("m", Mode.class, Mode.LOG)).isEqualTo(Mode.THROW);
        assertThat(values(Map.of("m", Mode.OFF)).choice("m", Mode.class, Mode.LOG)).isEqualTo(Mode.OFF);
        assertThatThrownBy(() -> values(Map.of("m", "loud")).choice("m", Mode.class, Mode.LOG))
                .hasMessage("The value [loud] of the [m] setting is not supported; allowed: off, log, throw");
    }
}
