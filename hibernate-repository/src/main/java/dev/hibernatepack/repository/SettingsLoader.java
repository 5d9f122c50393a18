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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads {@link DatabaseSettings} from their four sources in order and validates every value,
 * collecting all problems before failing.
 */
final class SettingsLoader {

    /** A setting: its system property (and file key), its environment variable and its default. */
    private record Setting(String property, String variable, String fallback) {
        String describe() {
            return property.substring(property.lastIndexOf('.') + 1);
        }
    }

    private static final Setting URL = new Setting(DatabaseSettings.URL, "DATABASE_URL", null);
    private static final Setting USERNAME = new Setting(DatabaseSettings.USERNAME, "DATABASE_USERNAME", null);
    private static final Setting PASSWORD = new Setting(DatabaseSettings.PASSWORD, "DATABASE_PASSWORD", null);
    private static final Setting POOL_SIZE = new Setting(DatabaseSettings.POOL_SIZE, "DATABASE_POOL_SIZE", "5");
    private static final Setting MAX_OVERFLOW = new Setting(DatabaseSettings.MAX_OVERFLOW, "DATABASE_MAX_OVERFLOW", "10");
    private static final Setting POOL_TIMEOUT = new Setting(DatabaseSettings.POOL_TIMEOUT, "DATABASE_POOL_TIMEOUT", "30");
    private static final Setting POOL_RECYCLE = new Setting(DatabaseSettings.POOL_RECYCLE, "DATABASE_POOL_RECYCLE", "1800");
    private static final Setting POOL_PRE_PING = new Setting(DatabaseSettings.POOL_PRE_PING, "DATABASE_POOL_PRE_PING", "true");
    private static final Setting REPLICA_URL = new Setting(DatabaseSettings.REPLICA_URL, "DATABASE_REPLICA_URL", null);
    private static final Setting PROPERTIES_FILE = new Setting(DatabaseSettings.PROPERTIES_FILE, "DATABASE_PROPERTIES_FILE", null);

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    private final Map<String, Object> explicit;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> file = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(Map<String, Object> explicit, Map<String, String> systemProperties, Map<String, String> environment) {
        this.explicit = explicit;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    static DatabaseSettings load(Map<String, Object> explicit, Map<String, String> systemProperties, Map<String, String> environment) {
        return new SettingsLoader(explicit, systemProperties != null ? systemProperties : jvmProperties(),
                environment != null ? environment : System.getenv()).load();
    }

    private static Map<String, String> jvmProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        return properties;
    }

    /** A value and where it came from, for error messages. */
    private record Found(Object value, String source) {
    }

    private DatabaseSettings load() {
        readFile();
        String[] url = url(URL, true);
        String[] replica = url(REPLICA_URL, false);
        String username = string(USERNAME);
        String password = string(PASSWORD);
        int poolSize = (int) whole(POOL_SIZE, 1, Integer.MAX_VALUE, "a whole number >= 1");
        int maxOverflow = (int) whole(MAX_OVERFLOW, 0, Integer.MAX_VALUE, "a whole number >= 0");
        Duration poolTimeout = seconds(POOL_TIMEOUT, 1, "a whole number of seconds >= 1");
        Duration poolRecycle = seconds(POOL_RECYCLE, 0, "0 (never) or a whole number of seconds >= 30");
        if (poolRecycle != null && !poolRecycle.isZero() && poolRecycle.getSeconds() < 30) {
            problem(POOL_RECYCLE, find(POOL_RECYCLE), "0 (never) or a whole number of seconds >= 30");
        }
        boolean prePing = bool(POOL_PRE_PING);
        if ((long) poolSize + maxOverflow > Integer.MAX_VALUE) {
            problems.add("pool_size + max_overflow: more than " + Integer.MAX_VALUE + " connections");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatabaseSettingsException(problems);
        }
        return new DatabaseSettings(url[0], username != null ? username : url[1], password != null ? password : url[2], poolSize,
                maxOverflow, poolTimeout, poolRecycle, prePing, replica == null ? null : replica[0]);
    }

    private void readFile() {
        Found found = find(PROPERTIES_FILE);
        if (found == null) {
            return;
        }
        Path path = found.value() instanceof Path p ? p : Path.of(found.value().toString());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            problems.add("properties_file: [" + path + "] (from " + found.source() + ") cannot be read: " + e);
            return;
        }
        properties.forEach((key, value) -> file.put(key.toString(), value.toString()));
    }

    private Found find(Setting setting) {
        if (explicit.containsKey(setting.property())) {
            return new Found(explicit.get(setting.property()), "the builder");
        }
        String value = systemProperties.get(setting.property());
        if (value != null && !value.isBlank()) {
            return new Found(value.trim(), "system property " + setting.property());
        }
        value = environment.get(setting.variable());
        if (value != null && !value.isBlank()) {
            return new Found(value.trim(), "environment variable " + setting.variable());
        }
        value = file.get(setting.property());
        if (value != null && !value.isBlank()) {
            return new Found(value.trim(), "the properties file");
        }
        return setting.fallback() == null ? null : new Found(setting.fallback(), "the default");
    }

    private String string(Setting setting) {
        Found found = find(setting);
        return found == null ? null : found.value().toString();
    }

    private long whole(Setting setting, long min, long max, String allowed) {
        Found found = find(setting);
        long value;
        if (found.value() instanceof Integer n) {
            value = n;
        } else {
            try {
                value = Long.parseLong(found.value().toString());
            } catch (NumberFormatException e) {
                problem(setting, found, allowed);
                return min;
            }
        }
        if (value < min || value > max) {
            problem(setting, found, allowed);
            return min;
        }
        return value;
    }

    private Duration seconds(Setting setting, long min, String allowed) {
        Found found = find(setting);
        if (found.value() instanceof Duration duration) {
            if (duration.compareTo(Duration.ofSeconds(min)) < 0) {
                problem(setting, found, allowed);
                return Duration.ofSeconds(min);
            }
            return duration;
        }
        return Duration.ofSeconds(whole(setting, min, Long.MAX_VALUE / 1_000_000_000L, allowed));
    }

    private boolean bool(Setting setting) {
        Found found = find(setting);
        if (found.value() instanceof Boolean b) {
            return b;
        }
        return switch (found.value().toString().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> {
                problem(setting, found, "true or false");
                yield false;
            }
        };
    }

    /** {@code [jdbcUrl, user or null, password or null]}, or {@code null} when absent or invalid. */
    private String[] url(Setting setting, boolean required) {
        Found found = find(setting);
        if (found == null) {
            if (required) {
                problems.add(setting.describe() + ": missing; set the environment variable " + setting.variable()
                        + ", the system property " + setting.property() + " or the builder's " + setting.describe() + "(...)");
            }
            return null;
        }
        String value = found.value().toString().trim();
        String allowed = "a JDBC URL (jdbc:...) or postgresql://user:password@host:port/database";
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new String[] {value, null, null};
        }
        if (!(value.regionMatches(true, 0, "postgresql://", 0, 13) || value.regionMatches(true, 0, "postgres://", 0, 11))) {
            problem(setting, found, allowed);
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null) {
                problem(setting, found, allowed + " (the host is missing)");
                return null;
            }
            String user = null;
            String password = null;
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String host = uri.getHost();
            String jdbc = "jdbc:postgresql://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new String[] {jdbc, user == null || user.isEmpty() ? null : user, password};
        } catch (URISyntaxException | IllegalArgumentException e) {
            problem(setting, found, allowed);
            return null;
        }
    }

    private static String decode(String text) {
        // URLDecoder reads '+' as a space; in a URL's user info it is a plus.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private void problem(Setting setting, Found found, String allowed) {
        String shown = found.value().toString();
        if (setting == URL || setting == REPLICA_URL) {
            shown = maskUrl(shown);
        }
        problems.add(setting.describe() + ": [" + shown + "] (from " + found.source() + ") is not allowed; allowed: " + allowed);
    }

    /** The URL with any password in it replaced by {@code ****}. */
    static String maskUrl(String url) {
        String masked = URL_USER_INFO.matcher(url).replaceAll("$1****@");
        return URL_PASSWORD.matcher(masked).replaceAll("$1****");
    }
}
