// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hibernatepack.monitoring.InvalidSettingException;
import dev.hibernatepack.monitoring.MonitoringSettings;

/** The pack's settings rule, applied to every monitoring setting. */
class MonitoringConfigTest {

    private static final String BLANK = " (a blank value is not a setting: remove it to use the default)";

    private static MonitoringConfig read(String setting, Object value) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(setting, value);
        MonitoringConfig.enabled(settings); // read first at boot, as the module does
        return MonitoringConfig.from(settings);
    }

    private static void assertRefused(String setting, Object value, String shown, String allowed) {
        assertThatThrownBy(() -> read(setting, value)).isInstanceOf(InvalidSettingException.class)
                .hasMessage("The value [" + shown + "] of the [" + setting + "] setting is not supported; allowed: " + allowed);
    }

    @Test
    void absentSettingsTakeTheirDefaults() {
        MonitoringConfig config = MonitoringConfig.from(Map.of());
        assertThat(config).isEqualTo(new MonitoringConfig(1_000_000_000L, false, MonitoringConfig.NPlusOneMode.LOG, 5, 1000, true, true, null,
                List.of()));
        assertThat(MonitoringConfig.enabled(Map.of())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {MonitoringSettings.ENABLED, MonitoringSettings.LOG_SQL_LITERALS, MonitoringSettings.JMX,
            MonitoringSettings.MICROMETER})
    void aBooleanIsTrueOrFalseOnly(String setting) {
        assertRefused(setting, "", "", "true, false" + BLANK);
        assertRefused(setting, "   ", "   ", "true, false" + BLANK);
        assertRefused(setting, "yes", "yes", "true, false");
        assertRefused(setting, "1", "1", "true, false");
        assertRefused(setting, "on", "on", "true, false");
        assertThatCode(() -> read(setting, " FALSE ")).doesNotThrowAnyException();
        assertThatCode(() -> read(setting, Boolean.TRUE)).doesNotThrowAnyException();
    }

    @Test
    void theSwitchOfTheModuleReadsTrimmedWordsOfAnyCase() {
        assertThat(MonitoringConfig.enabled(Map.of(MonitoringSettings.ENABLED, " False "))).isFalse();
        assertThat(MonitoringConfig.enabled(Map.of(MonitoringSettings.ENABLED, Boolean.TRUE))).isTrue();
        assertThatThrownBy(() -> MonitoringConfig.enabled(Map.of(MonitoringSettings.ENABLED, "")))
                .hasMessage("The value [] of the [hibernatepack.monitoring.enabled] setting is not supported; allowed: true, false" + BLANK);
    }

    @Test
    void theSlowQueryThresholdIsRangeChecked() {
        String setting = MonitoringSettings.SLOW_QUERY_THRESHOLD_MS;
        String allowed = "a whole number of milliseconds from 0 to 2147483647 (0 turns the log off)";
        assertRefused(setting, "", "", allowed + BLANK);
        assertRefused(setting, "yes", "yes", allowed);
        assertRefused(setting, "-1", "-1", allowed);
        assertRefused(setting, "2147483648", "2147483648", allowed);
        assertRefused(setting, "99999999999999999999", "99999999999999999999", allowed);
        assertRefused(setting, 1.5, "1.5", allowed);
        assertThat(read(setting, " 2_000 ").slowThresholdNanos()).isEqualTo(2_000_000_000L);
        assertThat(read(setting, 0).slowThresholdNanos()).isZero();
        assertThat(read(setting, "2147483647").slowThresholdNanos()).isEqualTo(2_147_483_647_000_000L);
    }

    @Test
    void theNPlusOneThresholdIsRangeCheckedNeverWrapped() {
        String setting = MonitoringSettings.N_PLUS_ONE_THRESHOLD;
        String allowed = "a whole number from 2 to 2147483647";
        assertRefused(setting, " ", " ", allowed + BLANK);
        assertRefused(setting, "yes", "yes", allowed);
        assertRefused(setting, "1", "1", allowed);
        assertRefused(setting, "2147483648", "2147483648", allowed); // was read as -2147483648
        assertRefused(setting, 4_294_967_298L, "4294967298", allowed); // was read as 2
        assertThat(read(setting, "2147483647").nPlusOneThreshold()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theShapeLimitIsRangeCheckedNeverWrapped() {
        String setting = MonitoringSettings.MAX_SHAPES;
        String allowed = "a whole number from 1 to 1000000";
        assertRefused(setting, "", "", allowed + BLANK);
        assertRefused(setting, "yes", "yes", allowed);
        assertRefused(setting, "0", "0", allowed);
        assertRefused(setting, "1000001", "1000001", allowed);
        assertRefused(setting, "4294967297", "4294967297", allowed); // was read as 1
        assertRefused(setting, "9223372036854775808", "9223372036854775808", allowed);
        assertThat(read(setting, 1_000_000).maxShapes()).isEqualTo(1_000_000);
    }

    @Test
    void theNPlusOneModeIsOneOfItsWords() {
        String setting = MonitoringSettings.N_PLUS_ONE;
        assertRefused(setting, "", "", "off, log, throw" + BLANK);
        assertRefused(setting, "yes", "yes", "off, log, throw");
        assertThat(read(setting, " THROW ").nPlusOne()).isEqualTo(MonitoringConfig.NPlusOneMode.THROW);
    }

    @Test
    void theMeterRegistryIsAMeterRegistryInstanceOrNothing() {
        String setting = MonitoringSettings.METER_REGISTRY;
        String allowed = "an instance of io.micrometer.core.instrument.MeterRegistry (an object in the settings map, not a name)";
        assertRefused(setting, "", "", allowed + BLANK);
        assertRefused(setting, "yes", "yes", allowed);
        assertRefused(setting, "prometheusMeterRegistry", "prometheusMeterRegistry", allowed);
        assertRefused(setting, SimpleMeterRegistry.class.getName(), SimpleMeterRegistry.class.getName(), allowed);
        assertRefused(setting, SimpleMeterRegistry.class, "instance of java.lang.Class", allowed);
        assertRefused(setting, new Object(), "instance of java.lang.Object", allowed);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        assertThat(read(setting, registry).meterRegistry()).isSameAs(registry);
    }

    @Test
    void theFrameworkPackagesAreAListWhereBlankIsEmpty() {
        String setting = MonitoringSettings.FRAMEWORK_PACKAGES;
        String allowed = "package names separated by commas, such as com.example.platform, com.example.web (blank: none)";
        assertThat(read(setting, " com.example.platform , com.example.web.BaseController, com.example.jpa. ").frameworkPackages())
                .containsExactly("com.example.platform", "com.example.web.BaseController", "com.example.jpa");
        assertThat(read(setting, List.of("com.example.platform")).frameworkPackages()).containsExactly("com.example.platform");
        assertThat(read(setting, "").frameworkPackages()).isEmpty();
        assertThat(read(setting, "  ").frameworkPackages()).isEmpty();
        assertThat(read(setting, "com.example.platform,,").frameworkPackages()).containsExactly("com.example.platform");
        assertRefused(setting, "com.example.*", "com.example.*", allowed);
        assertRefused(setting, "com.example platform", "com.example platform", allowed);
        assertRefused(setting, "com..example", "com..example", allowed);
        assertRefused(setting, "com.example/platform", "com.example/platform", allowed);
        assertRefused(setting, "1com.example", "1com.example", allowed);
    }
}
