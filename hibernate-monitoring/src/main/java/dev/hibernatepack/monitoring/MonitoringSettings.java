// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

/**
 * Settings of the monitoring module, given like any Hibernate setting ({@code persistence.xml},
 * {@code hibernate.properties}, {@code spring.jpa.properties.*} or the bootstrap map). They follow
 * the pack's one rule: an absent setting takes its default; a blank value is refused (remove the
 * setting to get the default); text is trimmed and words match without regard to case; booleans
 * are {@code true} or {@code false} only; whole numbers must lie in the range given here. A refused
 * value fails the boot with {@link InvalidSettingException}.
 */
public interface MonitoringSettings {

    /**
     * Whether the module watches statements at all. Default {@code true}. With {@code false} it
     * installs nothing and costs nothing.
     *
     * @since 0.1
     */
    String ENABLED = "hibernatepack.monitoring.enabled";

    /**
     * Statements that take at least this many milliseconds are logged (logger
     * {@code dev.hibernatepack.monitoring.SlowQuery}, level WARN) with their shape, duration and
     * call site. {@code 0} turns the log off. Default {@code 1000}; from {@code 0} to
     * {@code 2147483647}.
     *
     * @since 0.1
     */
    String SLOW_QUERY_THRESHOLD_MS = "hibernatepack.monitoring.slow_query_threshold_ms";

    /**
     * Whether the slow-query log shows the SQL as executed, literals included, instead of its
     * shape (literals folded to {@code ?}). Default {@code false}: values written into SQL never
     * reach the log. Values bound to {@code ?} parameters are never seen by the module.
     *
     * @since 0.1
     */
    String LOG_SQL_LITERALS = "hibernatepack.monitoring.log_sql_literals";

    /**
     * What to do when one unit of work loads the same association lazily, one select at a time,
     * {@link #N_PLUS_ONE_THRESHOLD} times or more: {@code off}, {@code log} (default; one WARN per
     * association and unit of work, logger {@code dev.hibernatepack.monitoring.NPlusOne}) or
     * {@code throw} ({@link NPlusOneException}, for tests).
     *
     * @since 0.1
     */
    String N_PLUS_ONE = "hibernatepack.monitoring.n_plus_one";

    /**
     * How many single-row lazy loads of one association in one unit of work make an N+1.
     * Default {@code 5}; from {@code 2} to {@code 2147483647}.
     *
     * @since 0.1
     */
    String N_PLUS_ONE_THRESHOLD = "hibernatepack.monitoring.n_plus_one_threshold";

    /**
     * How many distinct statement shapes the factory-wide statistics keep apart; further shapes
     * are counted under one {@code (other shapes)} entry, so memory stays bounded whatever SQL the
     * application sends. Default {@code 1000}; from {@code 1} to {@code 1000000}.
     *
     * @since 0.1
     */
    String MAX_SHAPES = "hibernatepack.monitoring.max_shapes";

    /**
     * Whether each factory's statistics are registered as a JMX MBean ({@link QueryMonitorMXBean}).
     * Default {@code true}.
     *
     * @since 0.1
     */
    String JMX = "hibernatepack.monitoring.jmx";

    /**
     * Whether the statistics are published as Micrometer meters when {@code micrometer-core} is on
     * the classpath, in the registry given by {@link #METER_REGISTRY}. Default {@code true}.
     *
     * @since 0.1
     */
    String MICROMETER = "hibernatepack.monitoring.micrometer";

    /**
     * The Micrometer {@code MeterRegistry} instance to publish to, given as an object (in the
     * bootstrap map, or through Spring Boot's {@code HibernatePropertiesCustomizer}). Default
     * {@code Metrics.globalRegistry} (to which Spring Boot adds its own registry). Anything else
     * (a class or bean name, text) is refused at boot rather than ignored, as is any value while
     * {@code micrometer-core} is not on the classpath.
     *
     * @since 0.1
     */
    String METER_REGISTRY = "hibernatepack.monitoring.meter_registry";

    /**
     * Package (or class) names of the application's own framework code, which slow-query and N+1
     * call sites skip as they skip the JDK, reflection, Hibernate, Spring, test runners and generated
     * proxies: comma-separated ({@code com.example.platform, com.example.web}) or a collection; a
     * name covers its subpackages and nested classes. Default: none; a blank value is the empty list.
     *
     * @since 0.1
     */
    String FRAMEWORK_PACKAGES = "hibernatepack.monitoring.framework_packages";
}
