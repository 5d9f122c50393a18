// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hibernatepack.slug.internal.Transliteration;

/**
 * With ICU4J on the classpath (a test run of its own), other scripts are transliterated by ICU's
 * {@code Any-Latin; Latin-ASCII} instead of hashed. ICU reads Han characters with their Mandarin
 * readings, Japanese kanji included, and Arabic and Hebrew without the vowels they do not write.
 */
class SlugsWithIcuTest {

    @Test
    void icuIsFound() {
        assertThat(Transliteration.available()).isTrue();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ελληνικά             | ellenika
            Русский текст        | russkij-tekst
            中文标题              | zhong-wen-biao-ti
            日本語のタイトル       | ri-ben-yunotaitoru
            한국어                | hangug-eo
            العربية              | al-rbyt
            עברית                | bryt
            Straße İstanbul      | strasse-istanbul
            Mixed Русский words  | mixed-russkij-words
            """)
    void otherScriptsAreTransliterated(String text, String expected) {
        assertThat(Slugs.generateSlug(text)).isEqualTo(expected);
    }

    @Test
    void textWithNoLettersStillGetsTheStableHash() {
        assertThat(Slugs.generateSlug("🎉🎉🎉")).matches("^[a-z0-9]{" + Slugs.FALLBACK_LENGTH + "}$");
    }
}
