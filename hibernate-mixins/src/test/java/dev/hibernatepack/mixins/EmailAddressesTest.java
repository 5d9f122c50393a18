// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ada@example.org|ada@example.org",
            "  Ada.Lovelace@Example.ORG  |Ada.Lovelace@example.org",
            "first.last+tag@sub.example.co.uk|first.last+tag@sub.example.co.uk",
            "o'brien@example.ie|o'brien@example.ie",
            "user@bücher.example|user@xn--bcher-kva.example",
            "x@example.xn--p1ai|x@example.xn--p1ai",
            "a_b-c~d@my-host.example|a_b-c~d@my-host.example"})
    void acceptsAndNormalisesDeliverableAddresses(String given, String expected) {
        assertThat(EmailAddresses.validateEmail(given)).isEqualTo(expected);
        assertThat(EmailAddresses.isValid(given)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|The e-mail address is empty",
            "'   '|The e-mail address is empty",
            "ada.example.org|The e-mail address must contain exactly one @",
            "ada@@example.org|The e-mail address must contain exactly one @",
            "a@b@example.org|The e-mail address must contain exactly one @",
            "@example.org|The part before @ is empty",
            "ada@|The part after @ is empty",
            "ada@localhost|The domain needs at least two parts, such as example.org",
            "ada@example|The domain needs at least two parts, such as example.org",
            ".ada@example.org|The part before @ must not start or end with a dot, nor have two dots in a row",
            "ada..l@example.org|The part before @ must not start or end with a dot, nor have two dots in a row",
            "ada@example..org|The part after @ is not a valid domain name",
            "ada@-example.org|The part after @ is not a valid domain name",
            "ada@example.123|The last part of the domain must be letters, such as org (an IP address is not accepted)",
            "ada@192.168.0.1|The last part of the domain must be letters, such as org (an IP address is not accepted)",
            "ada@example.o|The last part of the domain must have at least two letters",
            "'\"ada\"@example.org'|The part before @ may hold only letters a-z, digits, dots and the symbols RFC 5322 allows (no quotes, spaces, commas or accents)",
            "josé@example.org|The part before @ may hold only letters a-z, digits, dots and the symbols RFC 5322 allows (no quotes, spaces, commas or accents)",
            "'ada lovelace@example.org'|The e-mail address contains a space or an invisible character",
            "ada\u200b@example.org|The e-mail address contains a space or an invisible character"})
    void refusesOthersSayingWhyWithoutRepeatingTheAddress(String given, String reason) {
        assertThatThrownBy(() -> EmailAddresses.validateEmail(given)).isInstanceOf(InvalidEmailException.class)
                .hasMessage(reason);
        assertThat(EmailAddresses.isValid(given)).isFalse();
    }

    @Test
    void refusesAddressesLongerThanMailServersAccept() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> EmailAddresses.validateEmail(local + "@example.org"))
                .hasMessage("The part before @ is longer than 64 characters");
        String domain = ("d".repeat(60) + ".").repeat(4) + "org"; // 247 characters
        assertThatThrownBy(() -> EmailAddresses.validateEmail("abcdefgh@" + domain))
                .hasMessage("The e-mail address is longer than 254 characters");
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }

    record Signup(@StrictEmail String email) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@localhost", "a@b"})
    void strictEmailIsABeanValidationConstraintWithTheReasonAsMessage(String email) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Signup>> violations = validator.validate(new Signup(email));

            assertThat(violations).extracting(ConstraintViolation::getMessage)
                    .containsExactly("The domain needs at least two parts, such as example.org");
            assertThat(validator.validate(new Signup("ada@example.org"))).isEmpty();
            assertThat(validator.validate(new Signup(null))).isEmpty();
        }
    }
}
