// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.mixins.spi.PackServices;
import dev.hibernatepack.mixins.spi.SettingValues;
import dev.hibernatepack.slug.InvalidSlugSettingException;
import dev.hibernatepack.slug.SlugSettings;
import dev.hibernatepack.slug.Slugs;

/**
 * The slug settings, read and checked once per service registry by the pack's rule
 * ({@link SettingValues}) and held there as a Hibernate {@link Service}, so that the mapping
 * contributor and the integrator of one boot read the same values.
 *
 * @param maxLength the longest slug, suffix included (the column may lower it per entity)
 * @param reservedWords slugs no row may have
 * @param reserveDeleted whether soft-deleted rows keep their slugs
 * @param maxAttempts how many times one write is tried before giving up
 */
public record SlugConfig(int maxLength, Set<String> reservedWords, boolean reserveDeleted, int maxAttempts) implements Service {

    /** The reserved words used when {@link SlugSettings#RESERVED_WORDS} is not set. */
    public static final String DEFAULT_RESERVED_WORDS = "new,edit,index,admin,api,login,logout,session,assets";

    static final int MIN_LENGTH = Slugs.FALLBACK_LENGTH + Slugs.SUFFIX_ROOM;

    /** Whether the module is switched on; reads only {@link SlugSettings#ENABLED}. */
    public static boolean enabled(Map<?, ?> settings) {
        return values(settings).bool(SlugSettings.ENABLED, true);
    }

    /**
     * The settings of {@code registry}, read once, the first time they are asked for.
     *
     * @throws InvalidSlugSettingException when a setting has a bad value
     */
    static SlugConfig of(ServiceRegistry registry) {
        return PackServices.require(registry, SlugConfig.class, InvalidSlugSettingException.class, "slug");
    }

    /** Reads every setting, failing on a bad one. */
    static SlugConfig from(Map<?, ?> settings) {
        SettingValues values = values(settings);
        int maxLength = values.wholeInt(SlugSettings.MAX_LENGTH, Slugs.DEFAULT_MAX_LENGTH, MIN_LENGTH, 10_000, "");
        int attempts = values.wholeInt(SlugSettings.MAX_ATTEMPTS, 10, 1, 100, "");
        return new SlugConfig(maxLength, reserved(values, settings.get(SlugSettings.RESERVED_WORDS)),
                values.bool(SlugSettings.RESERVE_DELETED, true), attempts);
    }

    private static SettingValues values(Map<?, ?> settings) {
        return SettingValues.of(settings, InvalidSlugSettingException::new);
    }

    private static Set<String> reserved(SettingValues values, Object given) {
        Set<String> reserved = new LinkedHashSet<>();
        for (String word : values.list(SlugSettings.RESERVED_WORDS, List.of(DEFAULT_RESERVED_WORDS.split(",")))) {
            if (!word.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw values.refuse(SlugSettings.RESERVED_WORDS, given,
                        "comma-separated slugs (lower-case letters, digits and single hyphens); [" + word + "] is not one");
            }
            reserved.add(word);
        }
        return Set.copyOf(reserved);
    }

    /** Reads the settings when they are first asked for. */
    static final StandardServiceInitiator<SlugConfig> INITIATOR = PackServices.initiator(SlugConfig.class,
            (settings, registry) -> from(settings));
}
