// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hibernatepack.slug.InvalidSlugSettingException;
import dev.hibernatepack.slug.SlugSettings;
import dev.hibernatepack.slug.Slugs;

/**
 * The slug settings, read and checked once at boot.
 *
 * @param maxLength the longest slug, suffix included (the column may lower it per entity)
 * @param reservedWords slugs no row may have
 * @param reserveDeleted whether soft-deleted rows keep their slugs
 * @param maxAttempts how many times one write is tried before giving up
 */
public record SlugConfig(int maxLength, Set<String> reservedWords, boolean reserveDeleted, int maxAttempts) {

    /** The reserved words used when {@link SlugSettings#RESERVED_WORDS} is not set. */
    public static final String DEFAULT_RESERVED_WORDS = "new,edit,index,admin,api,login,logout,session,assets";

    static final int MIN_LENGTH = Slugs.FALLBACK_LENGTH + Slugs.SUFFIX_ROOM;

    /** Whether the module is switched on; reads only {@link SlugSettings#ENABLED}. */
    public static boolean enabled(Map<?, ?> settings) {
        return bool(settings, SlugSettings.ENABLED, true);
    }

    /** Reads every setting, failing on a bad one. */
    public static SlugConfig from(Map<?, ?> settings) {
        int maxLength = integer(settings, SlugSettings.MAX_LENGTH, Slugs.DEFAULT_MAX_LENGTH, MIN_LENGTH, 10_000);
        int attempts = integer(settings, SlugSettings.MAX_ATTEMPTS, 10, 1, 100);
        return new SlugConfig(maxLength, reserved(settings.get(SlugSettings.RESERVED_WORDS)),
                bool(settings, SlugSettings.RESERVE_DELETED, true), attempts);
    }

    private static boolean bool(Map<?, ?> settings, String name, boolean fallback) {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSlugSettingException(name, value, "true, false");
        };
    }

    private static int integer(Map<?, ?> settings, String name, int fallback, int min, int max) {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        String allowed = "a whole number from " + min + " to " + max;
        int number;
        try {
            number = value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidSlugSettingException(name, value, allowed);
        }
        if (number < min || number > max) {
            throw new InvalidSlugSettingException(name, value, allowed);
        }
        return number;
    }

    private static Set<String> reserved(Object value) {
        Collection<?> words = value == null ? java.util.List.of(DEFAULT_RESERVED_WORDS.split(","))
                : value instanceof Collection<?> given ? given
                : java.util.List.of(value.toString().split(","));
        Set<String> reserved = new LinkedHashSet<>();
        for (Object word : words) {
            String trimmed = String.valueOf(word).trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new InvalidSlugSettingException(SlugSettings.RESERVED_WORDS, value,
                        "comma-separated slugs (lower-case letters, digits and single hyphens); [" + trimmed + "] is not one");
            }
            reserved.add(trimmed);
        }
        return Set.copyOf(reserved);
    }
}
