// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.StatelessSession;

import dev.hibernatepack.slug.internal.SlugFinder;
import dev.hibernatepack.slug.internal.Transliteration;

/**
 * Turns any text into a slug: lower-case ASCII letters and digits in words joined by single
 * hyphens ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}), never empty, never longer than asked. Accents are
 * removed (Unicode NFKD), letters NFKD does not decompose are spelled out ({@code ß} → {@code ss},
 * {@code æ} → {@code ae}, {@code ł} → {@code l}, ...), case is folded with {@link Locale#ROOT} (so
 * a Turkish default locale changes nothing), invisible format characters (zero-width, bidi) are
 * dropped. Other scripts are transliterated when ICU4J is on the classpath (Cyrillic, Greek, CJK,
 * Arabic, Hebrew, ...); without it, or when nothing readable is left (emoji, punctuation), the slug
 * is a short stable hash of the text. Entities get unique slugs from {@link Slug}; {@link #findBySlug}
 * finds them again.
 *
 * <pre>{@code
 * Slugs.generateSlug("Crème Brûlée: Straße & Co.")   // "creme-brulee-strasse-co"
 * Slugs.generateSlug("🎉🎉")                          // a stable 10-character hash, e.g. "k3h1x9p2qa"
 * }</pre>
 */
public final class Slugs {

    /** The default longest slug, suffix included. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    /** Room kept at the end of a generated slug for a uniqueness suffix such as {@code -2}. */
    public static final int SUFFIX_ROOM = 5;

    /** The length of the hash used when no readable character is left. */
    public static final int FALLBACK_LENGTH = 10;

    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('þ', "th"), Map.entry('Þ', "TH"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ð', "d"), Map.entry('Ð', "D"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('ŋ', "ng"),
            Map.entry('Ŋ', "NG"), Map.entry('ĸ', "k"), Map.entry('ſ', "s"), Map.entry('ŀ', "l"),
            Map.entry('Ŀ', "L"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "T"));

    private Slugs() {
    }

    /** The slug of {@code text}, at most {@link #DEFAULT_MAX_LENGTH} − {@link #SUFFIX_ROOM} characters. */
    public static String generateSlug(String text) {
        return generateSlug(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * The slug of {@code text}, at most {@code maxLength} − {@link #SUFFIX_ROOM} characters, cut
     * at a word boundary when one is near.
     *
     * @throws IllegalArgumentException when {@code maxLength} leaves less than
     *         {@link #FALLBACK_LENGTH} characters after the suffix room
     */
    public static String generateSlug(String text, int maxLength) {
        Objects.requireNonNull(text, "text must not be null");
        int limit = maxLength - SUFFIX_ROOM;
        if (limit < FALLBACK_LENGTH) {
            throw new IllegalArgumentException("maxLength " + maxLength + " is too short: at least "
                    + (FALLBACK_LENGTH + SUFFIX_ROOM) + " is needed (" + SUFFIX_ROOM + " of it kept for a suffix)");
        }
        String slug = cut(words(text), limit);
        return slug.isEmpty() ? fallback(text) : slug;
    }

    /**
     * The row of {@code entityType} whose slug is {@code slug}, within the given scope values (one
     * per {@link Slug#scope()} attribute, in that order). When no row has it now and the entity keeps
     * a {@linkplain Slug#history() slug history}, the row that had it last, with
     * {@link SlugMatch#redirect()} true: send the caller to its current {@link SlugMatch#slug()}.
     * Soft-deleted rows are not found.
     *
     * <pre>{@code
     * Slugs.findBySlug(em, Post.class, "hello-world", blog).ifPresent(match -> {
     *     if (match.redirect()) return redirect301("/posts/" + match.slug());
     *     return render(match.entity());
     * });
     * }</pre>
     *
     * @throws IllegalArgumentException when the entity has no {@code @Slug} or the scope values do not match its scope
     */
    public static <T> Optional<SlugMatch<T>> findBySlug(EntityManager entityManager, Class<T> entityType, String slug,
            Object... scope) {
        return SlugFinder.find(entityManager, entityType, slug, scope);
    }

    /**
     * {@link #findBySlug(EntityManager, Class, String, Object...) findBySlug} in a
     * {@code StatelessSession}, such as the one a Jakarta Data repository generated by
     * hibernate-processor runs on (declare {@code StatelessSession session()} in the repository to
     * reach it). A {@code @Find} method by slug finds the current slug; this also follows old ones.
     *
     * <pre>{@code
     * Slugs.findBySlug(articles.session(), Article.class, path).ifPresent(match -> ...);
     * }</pre>
     *
     * @throws IllegalArgumentException when the entity has no {@code @Slug} or the scope values do not match its scope
     */
    public static <T> Optional<SlugMatch<T>> findBySlug(StatelessSession statelessSession, Class<T> entityType, String slug,
            Object... scope) {
        return SlugFinder.find(statelessSession, entityType, slug, scope);
    }

    /** Lower-case ASCII words of {@code text} joined by single hyphens; empty when none is left. */
    private static String words(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue; // zero-width and bidi controls are invisible: they must not split or add anything
            }
            String replacement = SPELLED_OUT.get(c);
            spelled.append(replacement != null ? replacement : String.valueOf(c));
        }
        String latin = Transliteration.toLatin(spelled.toString());
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean separator = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            char folded = c < 128 ? Character.toLowerCase(c) : c;
            if ((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9')) {
                if (separator && out.length() > 0) {
                    out.append('-');
                }
                separator = false;
                out.append(folded);
            } else {
                separator = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** At most {@code limit} characters, at the last word boundary when it keeps at least half. */
    private static String cut(String slug, int limit) {
        if (slug.length() <= limit) {
            return slug;
        }
        int boundary = slug.lastIndexOf('-', limit);
        String cut = boundary >= limit / 2 ? slug.substring(0, boundary) : slug.substring(0, limit);
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    /** A stable slug for text with nothing readable in it: base-36 of its SHA-256, {@link #FALLBACK_LENGTH} characters. */
    private static String fallback(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            String base36 = new java.math.BigInteger(1, digest).toString(36);
            StringBuilder padded = new StringBuilder(base36);
            while (padded.length() < FALLBACK_LENGTH) {
                padded.insert(0, '0');
            }
            return padded.substring(0, FALLBACK_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
