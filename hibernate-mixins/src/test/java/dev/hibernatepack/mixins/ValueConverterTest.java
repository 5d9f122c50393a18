// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.internal.ValueConverter;
import dev.hibernatepack.mixins.internal.ValueConverter.ConversionException;
import dev.hibernatepack.mixins.testmodel.Status;

class ValueConverterTest {

    @Test
    void convertsTheUsualStringForms() throws ConversionException {
        assertThat(ValueConverter.convert("42", int.class)).isEqualTo(42);
        assertThat(ValueConverter.convert(" -7 ", Long.class)).isEqualTo(-7L);
        assertThat(ValueConverter.convert("1.5", double.class)).isEqualTo(1.5);
        assertThat(ValueConverter.convert("12345678901234567890", BigInteger.class))
                .isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(ValueConverter.convert("TRUE", boolean.class)).isEqualTo(true);
        assertThat(ValueConverter.convert("archived", Status.class)).isEqualTo(Status.ARCHIVED);
        assertThat(ValueConverter.convert("2024-05-01T10:15:30Z", Instant.class)).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(ValueConverter.convert("2024-05-01T10:15:30", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15, 30));
        assertThat(ValueConverter.convert("2024-05-01T10:15:30+02:00", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"));
        assertThat(ValueConverter.convert("PT15M", Duration.class)).isEqualTo(Duration.ofMinutes(15));
        UUID uuid = UUID.randomUUID();
        assertThat(ValueConverter.convert(uuid.toString().toUpperCase(), UUID.class)).isEqualTo(uuid);
        assertThat(ValueConverter.convert("x", char.class)).isEqualTo('x');
    }

    @Test
    void widensNumbersOnlyWhenExact() throws ConversionException {
        assertThat(ValueConverter.convert(7, long.class)).isEqualTo(7L);
        assertThat(ValueConverter.convert(7L, int.class)).isEqualTo(7);
        assertThat(ValueConverter.convert(2.0, int.class)).isEqualTo(2);
        assertThat(ValueConverter.convert(3, BigDecimal.class)).isEqualTo(BigDecimal.valueOf(3));
        assertThatThrownBy(() -> ValueConverter.convert(Long.MAX_VALUE, int.class)).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> ValueConverter.convert("2.5", int.class)).isInstanceOf(ConversionException.class)
                .hasMessage("[2.5] is not a number that fits Integer exactly");
        assertThatThrownBy(() -> ValueConverter.convert("300", byte.class)).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> ValueConverter.convert("1e400", double.class)).isInstanceOf(ConversionException.class);
    }

    @Test
    void refusesWhatDoesNotConvertSayingWhatIsAllowed() {
        assertThatThrownBy(() -> ValueConverter.convert("yes", boolean.class))
                .hasMessage("[yes] is not a boolean; allowed: true, false");
        assertThatThrownBy(() -> ValueConverter.convert("2024-13-01", java.time.LocalDate.class))
                .hasMessage("[2024-13-01] is not an ISO-8601 date such as 2024-05-01");
        assertThatThrownBy(() -> ValueConverter.convert("1-2-3-4-5", UUID.class))
                .hasMessageContaining("is not a UUID");
        assertThatThrownBy(() -> ValueConverter.convert("x", Status.class))
                .hasMessage("[x] is not a constant of Status; allowed: DRAFT, PUBLISHED, ARCHIVED");
        assertThatThrownBy(() -> ValueConverter.convert(null, int.class)).hasMessage("must not be null (int)");
        assertThatThrownBy(() -> ValueConverter.convert(new Object(), String.class)).isInstanceOf(ConversionException.class);
    }
}
