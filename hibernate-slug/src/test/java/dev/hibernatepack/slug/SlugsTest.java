// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.internal.Transliteration;

/** {@link Slugs#generateSlug}: the tricky inputs other slug libraries get wrong, and properties over random text. */
class SlugsTest {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern FALLBACK = Pattern.compile("^[a-z0-9]{" + Slugs.FALLBACK_LENGTH + "}$");

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Hello World                          | hello-world
            `  Hello   World  `                  | hello-world
            ABC                                  | abc
            Crème Brûlée                         | creme-brulee
            Straße                               | strasse
            Größe                                | grosse
            Ærøskøbing                           | aeroskobing
            Łódź                                 | lodz
            Đà Nẵng                              | da-nang
            Tiếng Việt có dấu                    | tieng-viet-co-dau
            İstanbul                             | istanbul
            ışık                                 | isik
            Kırmızı                              | kirmizi
            Þingvellir                           | thingvellir
            Œuvre                                | oeuvre
            façade                               | facade
            naïve café                           | naive-cafe
            São Paulo                            | sao-paulo
            España año                           | espana-ano
            Smørrebrød                           | smorrebrod
            Dvořák                               | dvorak
            Čeština                              | cestina
            Zürich                               | zurich
            Ångström                             | angstrom
            ÀÉÎÕÜ                                | aeiou
            ŞŢĂÂÎ                                | staai
            ħello ŋ                              | hello-ng
            ﬁnance                               | finance
            ①②③                                  | 123
            Ｆｕｌｌｗｉｄｔｈ                        | fullwidth
            x²                                   | x2
            Ⅻ                                    | xii
            ǅemal                                | dzemal
            Ĳssel                                | ijssel
            ™ Brand®                             | tm-brand
            ½ price                              | 1-2-price
            C++ & C#                             | c-c
            Rock'n'Roll                          | rock-n-roll
            e-mail                               | e-mail
            --leading and trailing--             | leading-and-trailing
            a___b                                | a-b
            foo.bar/baz                          | foo-bar-baz
            ../../etc/passwd                     | etc-passwd
            <script>alert(1)</script>            | script-alert-1-script
            `Robert'); DROP TABLE students;--`   | robert-drop-table-students
            1 OR 1=1                             | 1-or-1-1
            %00null%20byte                       | 00null-20byte
            2024 Q1 Report                       | 2024-q1-report
            Café 🎉 Party                         | cafe-party
            Mixed Русский and English            | mixed-and-english
            Crème Brûlée: Straße & Co.           | creme-brulee-strasse-co
            İstanbul'da Kırmızı                  | istanbul-da-kirmizi
            """)
    void turnsTrickyInputIntoReadableSlugs(String text, String expected) {
        assertThat(Slugs.generateSlug(text)).isEqualTo(expected);
    }

    @Test
    void thisRunHasNoIcu() {
        assertThat(Transliteration.available()).as("the build keeps ICU4J off this run's classpath").isFalse();
    }

    @Test
    void invisibleAndControlCharactersNeitherSplitNorAppear() {
        assertThat(Slugs.generateSlug("zero\u200Bwidth")).isEqualTo("zerowidth");
        assertThat(Slugs.generateSlug("bidi\u202Eoverride\u202C")).isEqualTo("bidioverride");
        assertThat(Slugs.generateSlug("soft\u00ADhyphen")).isEqualTo("softhyphen");
        assertThat(Slugs.generateSlug("non\u00A0breaking")).isEqualTo("non-breaking");
        assertThat(Slugs.generateSlug("tab\tand\nnewline\u0000end")).isEqualTo("tab-and-newline-end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ελληνικά", "Русский текст", "中文标题", "日本語のタイトル", "한국어", "العربية", "עברית",
        "🎉🎉🎉", "   ", "", "!!!???", "\u200B\u200B"})
    void withNothingReadableLeftTheSlugIsAStableHash(String text) {
        String slug = Slugs.generateSlug(text);
        assertThat(slug).matches(FALLBACK).isEqualTo(Slugs.generateSlug(text));
    }

    @Test
    void differentUnreadableTextsGetDifferentSlugs() {
        assertThat(Slugs.generateSlug("🎉")).isNotEqualTo(Slugs.generateSlug("🎉🎉"));
        assertThat(Slugs.generateSlug("中文")).isNotEqualTo(Slugs.generateSlug("日本"));
    }

    @Test
    void longTextIsCutAtAWordBoundaryLeavingRoomForASuffix() {
        String slug = Slugs.generateSlug("word ".repeat(2_000));
        assertThat(slug).matches(SLUG).hasSizeLessThanOrEqualTo(Slugs.DEFAULT_MAX_LENGTH - Slugs.SUFFIX_ROOM).endsWith("-word");
        assertThat(Slugs.generateSlug("a".repeat(10_000))).isEqualTo("a".repeat(Slugs.DEFAULT_MAX_LENGTH - Slugs.SUFFIX_ROOM));
        assertThat(Slugs.generateSlug("hello world again", 20)).isEqualTo("hello-world");
        assertThatThrownBy(() -> Slugs.generateSlug("x", 14)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 15");
        assertThatThrownBy(() -> Slugs.generateSlug(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Slugs.generateSlug("TITLE INDIA")).isEqualTo("title-india");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anyTextGivesAValidSlugWithinTheLimit() {
        Random random = new Random(20261125);
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x6FF},
            {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x3040, 0x30FF}, {0x4E00, 0x4FFF}, {0xFF00, 0xFFEF}, {0x1F300, 0x1F6FF}};
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            int max = 15 + random.nextInt(100);
            String slug = Slugs.generateSlug(text.toString(), max);
            assertThat(slug).as("slug of %s", text).matches(SLUG).hasSizeLessThanOrEqualTo(max - Slugs.SUFFIX_ROOM);
            assertThat(Slugs.generateSlug(text.toString(), max)).isEqualTo(slug);
            seen.add(slug);
        }
        assertThat(seen).hasSizeGreaterThan(4_000);
    }
}
