// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordTest {

    private static final int FAST = 1_000;

    @Test
    void checksTheRightPasswordAndRefusesAWrongOne() {
        Password stored = Password.hash("correct horse battery staple".toCharArray(), FAST);

        assertThat(stored.check("correct horse battery staple".toCharArray()).matches()).isTrue();
        assertThat(stored.check("correct horse battery stapler".toCharArray()).matches()).isFalse();
        assertThat(stored.check("".toCharArray()).matches()).isFalse();
    }

    @Test
    void wipesThePasswordArraysItIsGiven() {
        char[] raw = "s3cret!".toCharArray();
        Password stored = Password.hash(raw, FAST);
        assertThat(raw).containsOnly('\0');

        char[] attempt = "s3cret!".toCharArray();
        stored.check(attempt);
        assertThat(attempt).containsOnly('\0');
    }

    @Test
    void storesASelfDescribingFormWithARandomSalt() {
        Password one = Password.hash("same".toCharArray(), FAST);
        Password two = Password.hash("same".toCharArray(), FAST);

        assertThat(one.encoded()).matches("\\$pbkdf2-sha256\\$i=1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(one.encoded()).isNotEqualTo(two.encoded());
        assertThat(Password.parse(one.encoded())).isEqualTo(one);
        assertThat(Password.parse(one.encoded()).check("same".toCharArray()).matches()).isTrue();
    }

    @Test
    void newHashesGetOwaspsIterationsAndOlderOnesAreUpgradedOnASuccessfulCheck() {
        Password current = Password.hash("pw".toCharArray());
        assertThat(current.iterations()).isEqualTo(600_000);
        assertThat(current.needsRehash()).isFalse();
        assertThat(current.check("pw".toCharArray()).upgraded()).isEmpty();

        Password old = Password.hash("pw".toCharArray(), FAST);
        assertThat(old.needsRehash()).isTrue();
        assertThat(old.check("wrong".toCharArray()).upgraded()).isEmpty();
        Password.Check check = old.check("pw".toCharArray());
        assertThat(check.matches()).isTrue();
        Password upgraded = check.upgraded().orElseThrow();
        assertThat(upgraded.iterations()).isEqualTo(Password.DEFAULT_ITERATIONS);
        assertThat(upgraded.check("pw".toCharArray()).matches()).isTrue();
    }

    @Test
    void neverShowsTheHashOrSalt() {
        Password stored = Password.hash("hunter2".toCharArray(), FAST);
        String encoded = stored.encoded();
        String salt = encoded.split("\\$")[3];
        String hash = encoded.split("\\$")[4];

        assertThat(stored.toString()).isEqualTo("Password[pbkdf2-sha256, 1000 iterations]")
                .doesNotContain(salt).doesNotContain(hash);
    }

    @Test
    void refusesBadInputWithAClearMessage() {
        assertThatThrownBy(() -> Password.hash(new char[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password is empty; a password needs at least one character");
        assertThatThrownBy(() -> Password.hash("x".toCharArray(), 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iterations 10 is too few: at least 1000 (600000 outside tests)");
        for (String bad : new String[] {"", "plaintext", "$pbkdf2-sha256$i=abc$AAAA$BBBB", "$md5$i=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
                "$pbkdf2-sha256$i=1000$!!!$???"}) {
            assertThatThrownBy(() -> Password.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Not a stored password: a stored password must read $pbkdf2-sha256$i=<iterations>$<salt>$<hash> (base64)");
        }
    }
}
