// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import dev.hibernatepack.mixins.spi.SettingValues;
import dev.hibernatepack.repository.internal.PersistenceUnits;

/**
 * Reads {@link DatabaseSettings} from their four sources in order and validates every value by the
 * pack's rule for settings ({@link SettingValues}: blank text refused, {@code true}/{@code false}
 * only, whole numbers range-checked), collecting all problems before failing. The password is
 * the one exception: it is taken exactly as given, never trimmed, and may be empty. When none of
 * the four sets the URL, a persistence unit's JDBC properties are the last source of the URL and,
 * with it, of the user and password.
 */
final class SettingsLoader {

    /** A setting: its system property (and file key), its environment variable. */
    private record Setting(String property, String variable) {
    }

    private static final Setting URL = new Setting(DatabaseSettings.URL, "DATABASE_URL");
    private static final Setting USERNAME = new Setting(DatabaseSettings.USERNAME, "DATABASE_USERNAME");
    private static final Setting PASSWORD = new Setting(DatabaseSettings.PASSWORD, "DATABASE_PASSWORD");
    private static final Setting POOL_SIZE = new Setting(DatabaseSettings.POOL_SIZE, "DATABASE_POOL_SIZE");
    private static final Setting MAX_OVERFLOW = new Setting(DatabaseSettings.MAX_OVERFLOW, "DATABASE_MAX_OVERFLOW");
    private static final Setting POOL_TIMEOUT = new Setting(DatabaseSettings.POOL_TIMEOUT, "DATABASE_POOL_TIMEOUT");
    private static final Setting POOL_RECYCLE = new Setting(DatabaseSettings.POOL_RECYCLE, "DATABASE_POOL_RECYCLE");
    private static final Setting POOL_PRE_PING = new Setting(DatabaseSettings.POOL_PRE_PING, "DATABASE_POOL_PRE_PING");
    private static final Setting REPLICA_URL = new Setting(DatabaseSettings.REPLICA_URL, "DATABASE_REPLICA_URL");
    private static final Setting PROPERTIES_FILE = new Setting(DatabaseSettings.PROPERTIES_FILE, "DATABASE_PROPERTIES_FILE");

    /** Hikari's longest connection timeout, {@code Integer.MAX_VALUE} milliseconds, in whole seconds. */
    static final int MAX_POOL_TIMEOUT_SECONDS = Integer.MAX_VALUE / 1000;
    private static final int MIN_RECYCLE_SECONDS = 30;

    static final String URL_ALLOWED = "a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database";
    private static final String URL_ESCAPES = "; in a postgresql:// URL, write /, ?, # and % in the user or password"
            + " as %2F, %3F, %23 and %25 (@ and : may stay as they are)";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /** A persistence unit's connection properties, in Hibernate's order: its own names win over JPA's. */
    private static final List<String> UNIT_URL = List.of("hibernate.connection.url", "jakarta.persistence.jdbc.url");
    private static final List<String> UNIT_USER = List.of("hibernate.connection.username", "jakarta.persistence.jdbc.user");
    private static final List<String> UNIT_PASSWORD = List.of("hibernate.connection.password", "jakarta.persistence.jdbc.password");

    private final Map<String, Object> explicit;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final String unitName;
    private final Map<String, String> file = new HashMap<>();
    private String fileName;
    private PersistenceUnits.Unit unit;
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(Map<String, Object> explicit, Map<String, String> systemProperties, Map<String, String> environment,
            String unitName) {
        this.explicit = explicit;
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.unitName = unitName;
    }

    /** The settings, with the JDBC properties of the persistence unit {@code unitName} (may be null) as the last source of the URL. */
    static DatabaseSettings load(Map<String, Object> explicit, Map<String, String> systemProperties, Map<String, String> environment,
            String unitName) {
        return new SettingsLoader(explicit, systemProperties != null ? systemProperties : jvmProperties(),
                environment != null ? environment : System.getenv(), unitName).load();
    }

    private static Map<String, String> jvmProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        return properties;
    }

    /** A value, the name it was given under (a property or an environment variable) and where it came from. */
    private record Found(Object value, String name, String source) {
    }

    /** One refused value, as a line of {@link InvalidDatabaseSettingsException#problems()}. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String problem) {
            super(problem, null, false, false);
        }
    }

    private DatabaseSettings load() {
        readFile();
        readUnit();
        Found unitUrl = find(URL) == null && unit != null ? fromUnit(UNIT_URL) : null;
        String[] url = unitUrl != null ? url(unitUrl) : url(URL, true);
        String[] replica = url(REPLICA_URL, false);
        String username = username(find(USERNAME));
        String password = password(find(PASSWORD));
        if (unitUrl != null) {
            // The unit's user and password go with its URL, never with a URL from another source.
            username = username != null ? username : username(fromUnit(UNIT_USER));
            password = password != null ? password : password(fromUnit(UNIT_PASSWORD));
        }
        int poolSize = whole(POOL_SIZE, 5, 1, Integer.MAX_VALUE);
        int maxOverflow = whole(MAX_OVERFLOW, 10, 0, Integer.MAX_VALUE);
        Duration poolTimeout = seconds(POOL_TIMEOUT, 30, 1, MAX_POOL_TIMEOUT_SECONDS, "a whole number of seconds from 1 to "
                + MAX_POOL_TIMEOUT_SECONDS);
        Duration poolRecycle = seconds(POOL_RECYCLE, 1800, 0, Integer.MAX_VALUE, "0 (never) or a whole number of seconds from "
                + MIN_RECYCLE_SECONDS + " to " + Integer.MAX_VALUE);
        boolean prePing = bool(POOL_PRE_PING, true);
        if ((long) poolSize + maxOverflow > Integer.MAX_VALUE) {
            problems.add("The sum of the [" + DatabaseSettings.POOL_SIZE + "] and [" + DatabaseSettings.MAX_OVERFLOW
                    + "] settings is not supported; allowed: at most " + Integer.MAX_VALUE + " connections");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatabaseSettingsException(problems);
        }
        String urlOrigin = unitUrl == null ? "[" + DatabaseSettings.URL + "] setting"
                : "[" + unitUrl.name() + "] property of the persistence unit [" + unit.name() + "]";
        String credentialsOrigin = unitUrl == null
                ? "the [" + DatabaseSettings.USERNAME + "] and [" + DatabaseSettings.PASSWORD + "] settings, or the user and password in the URL"
                : "the user and password of the persistence unit [" + unit.name() + "] (" + UNIT_USER.get(1) + ", " + UNIT_PASSWORD.get(1)
                        + "), or the [" + DatabaseSettings.USERNAME + "] and [" + DatabaseSettings.PASSWORD + "] settings, which win over them";
        return new DatabaseSettings(url[0], username != null ? username : url[1], password != null ? password : url[2], poolSize,
                maxOverflow, poolTimeout, poolRecycle, prePing, replica == null ? null : replica[0], urlOrigin, credentialsOrigin);
    }

    /** The persistence unit named, when there is one; a name that is blank or names no unit is a problem. */
    private void readUnit() {
        if (unitName == null) {
            return;
        }
        String name = unitName.trim();
        if (name.isEmpty()) {
            problems.add("The persistence unit [" + unitName + "] is not supported; allowed: the name of a unit in"
                    + " META-INF/persistence.xml (a blank value is not a name)");
            return;
        }
        PersistenceUnits units = PersistenceUnits.read();
        unit = units.unit(name).orElse(null);
        if (unit == null) {
            problems.add("The persistence unit [" + name + "] is not in META-INF/persistence.xml; allowed: "
                    + (units.names().isEmpty() ? "none, as no META-INF/persistence.xml was found" : String.join(", ", units.names())));
        }
    }

    /** The first of {@code keys} the persistence unit sets. */
    private Found fromUnit(List<String> keys) {
        return PersistenceUnits.first(unit, keys)
                .map(entry -> new Found(entry.getValue(), entry.getKey(), "the persistence unit [" + unit.name() + "]"))
                .orElse(null);
    }


    private void readFile() {
        Found found = find(PROPERTIES_FILE);
        if (found == null) {
            return;
        }
        Path path;
        try {
            path = found.value() instanceof Path p ? p : Path.of(text(found, "a readable properties file"));
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return;
        } catch (RuntimeException e) {
            problems.add(problem(found, found.value(), "a readable properties file (" + e.getMessage() + ")"));
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            problems.add(problem(found, path, "a readable properties file (" + e + ")"));
            return;
        }
        fileName = path.toString();
        properties.forEach((key, value) -> file.put(key.toString(), value.toString()));
    }

    /** The first source that has {@code setting}, blank or not; {@code null} when none has it. */
    private Found find(Setting setting) {
        if (explicit.containsKey(setting.property())) {
            return new Found(explicit.get(setting.property()), setting.property(), "the builder");
        }
        String value = systemProperties.get(setting.property());
        if (value != null) {
            return new Found(value, setting.property(), "a system property");
        }
        value = environment.get(setting.variable());
        if (value != null) {
            return new Found(value, setting.variable(), "the environment");
        }
        value = file.get(setting.property());
        if (value != null) {
            return new Found(value, setting.property(), "the properties file " + fileName);
        }
        return null;
    }

    /** The pack's rule applied to the one value found, refusals collected as problems. */
    private SettingValues values(Found found) {
        return SettingValues.of(Map.of(found.name(), found.value()),
                (setting, value, allowed) -> refused(found, value, allowed));
    }

    private static Refused refused(Found found, Object shown, String allowed) {
        return new Refused(problem(found, shown, allowed));
    }

    private static String problem(Found found, Object shown, String allowed) {
        return "The value [" + shown + "] of the [" + found.name() + "] setting is not supported; allowed: " + allowed
                + " (from " + found.source() + ")";
    }

    /** Trimmed text; blank refused. */
    private String text(Found found, String allowed) {
        return values(found).value(found.name(), allowed).toString();
    }

    /** The user name found, trimmed; {@code null} when none is, or when it is refused (a problem then). */
    private String username(Found found) {
        if (found == null) {
            return null;
        }
        try {
            return text(found, "a user name");
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return null;
        }
    }

    /** As given, not trimmed: spaces may be part of a password, and an empty one is a password too. */
    private static String password(Found found) {
        return found == null ? null : found.value().toString();
    }

    private int whole(Setting setting, int fallback, int min, int max) {
        Found found = find(setting);
        if (found == null) {
            return fallback;
        }
        try {
            return values(found).wholeInt(found.name(), fallback, min, max, "");
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return fallback;
        }
    }

    /** Whole seconds from {@code min} to {@code max}, or a {@link Duration} in that range from the builder. */
    private Duration seconds(Setting setting, long fallback, long min, long max, String allowed) {
        Found found = find(setting);
        if (found == null) {
            return Duration.ofSeconds(fallback);
        }
        try {
            // Refusals name this setting's whole rule, whichever check refused the value.
            Object given = values(found).value(found.name(), allowed);
            Duration duration = given instanceof Duration exact ? exact
                    : Duration.ofSeconds(SettingValues.of(Map.of(found.name(), given), (name, value, what) -> refused(found, value, allowed))
                            .whole(found.name(), fallback, min, max, "seconds"));
            boolean inRange = duration.compareTo(Duration.ofSeconds(min)) >= 0 && duration.compareTo(Duration.ofSeconds(max)) <= 0;
            boolean tooShortToRecycle = setting == POOL_RECYCLE && !duration.isZero()
                    && duration.compareTo(Duration.ofSeconds(MIN_RECYCLE_SECONDS)) < 0;
            if (!inRange || tooShortToRecycle) {
                throw refused(found, found.value(), allowed);
            }
            return duration;
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return Duration.ofSeconds(fallback);
        }
    }

    private boolean bool(Setting setting, boolean fallback) {
        Found found = find(setting);
        if (found == null) {
            return fallback;
        }
        try {
            return values(found).bool(found.name(), fallback);
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return fallback;
        }
    }

    /** {@code [jdbcUrl, user or null, password or null]}, or {@code null} when absent or invalid. */
    private String[] url(Setting setting, boolean required) {
        Found found = find(setting);
        if (found == null) {
            if (required) {
                problems.add("The [" + setting.property() + "] setting is required; set the environment variable " + setting.variable()
                        + ", the system property " + setting.property() + " or the builder's url(...)" + unitHint());
            }
            return null;
        }
        return url(found);
    }

    /** Where the persistence unit could give the URL, for the message of a missing one. */
    private String unitHint() {
        if (unit == null) {
            return "";
        }
        return ", or the property " + UNIT_URL.get(1) + " (or " + UNIT_URL.get(0) + ") of the persistence unit [" + unit.name() + "]"
                + unit.dataSource().map(dataSource -> " (its data source [" + dataSource + "] is not used: the pack pools its own"
                        + " connections; to run on the container's, give repositories SessionSource.of(entityManager))").orElse("");
    }

    /** {@code found} parsed as {@code [jdbcUrl, user or null, password or null]}, or {@code null} when invalid. */
    private String[] url(Found found) {
        try {
            return parseUrl(found, text(found, URL_ALLOWED));
        } catch (Refused refused) {
            problems.add(refused.getMessage());
            return null;
        }
    }

    /**
     * A JDBC URL as it is, or a {@code postgresql://} URL as a JDBC URL and its user and password.
     * The user info ends at the last {@code @} before the host, so {@code @} and {@code :} may stay
     * raw in a password; {@code /}, {@code ?}, {@code #} and {@code %} end the authority or start an
     * escape, so they are percent-encoded, and percent-escapes are decoded.
     */
    private static String[] parseUrl(Found found, String value) {
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new String[] {value, null, null};
        }
        if (!(value.regionMatches(true, 0, "postgresql://", 0, 13) || value.regionMatches(true, 0, "postgres://", 0, 11))) {
            throw refused(found, maskUrl(value), URL_ALLOWED);
        }
        int start = value.indexOf("://") + 3;
        int end = start;
        while (end < value.length() && "/?#".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        String authority = value.substring(start, end);
        String rest = value.substring(end);
        int at = authority.lastIndexOf('@');
        if (rest.indexOf('@') >= 0) {
            // An @ after the host: a password with a raw /, ? or # cut the authority short.
            throw refused(found, maskUrl(value), URL_ALLOWED + URL_ESCAPES);
        }
        try {
            URI uri = new URI("postgresql://" + authority.substring(at + 1) + rest);
            if (uri.getHost() == null) {
                throw refused(found, maskUrl(value), URL_ALLOWED + " (the host is missing)" + URL_ESCAPES);
            }
            String user = null;
            String password = null;
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String jdbc = "jdbc:postgresql://" + uri.getRawAuthority()
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new String[] {jdbc, user == null || user.isEmpty() ? null : user, password};
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused(found, maskUrl(value), URL_ALLOWED + URL_ESCAPES);
        }
    }

    private static String decode(String text) {
        // URLDecoder reads '+' as a space; in a URL's user info it is a plus.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The URL with any password in it replaced by {@code ****}: a {@code password=} parameter up
     * to its {@code &} or {@code ;}, and everything from the first {@code :} of the user info to
     * the last {@code @} of the URL (when in doubt, more is masked, never less).
     */
    static String maskUrl(String url) {
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        int slashes = masked.indexOf("//");
        int start = slashes < 0 ? 0 : slashes + 2;
        int at = masked.lastIndexOf('@');
        int colon = masked.indexOf(':', start);
        if (at > start && colon >= 0 && colon < at) {
            masked = masked.substring(0, colon + 1) + "****" + masked.substring(at);
        }
        return masked;
    }
}
