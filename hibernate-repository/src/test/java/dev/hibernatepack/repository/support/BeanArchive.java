// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An application's archive made for one test, as a build would package it: a directory holding
 * {@code META-INF/beans.xml}, optionally {@code META-INF/persistence.xml}, and the compiled classes
 * of one package. {@link #run} makes it visible to the thread's context class loader, where Weld
 * SE looks for bean archives and Hibernate for persistence units; its classes load as the same
 * {@code Class} objects the test uses (the archive's loader asks its parent first). Close it after the test.
 */
public final class BeanArchive implements AutoCloseable {

    /** A {@code beans.xml} with CDI 4's default discovery: only classes with a bean-defining annotation are beans. */
    public static final String ANNOTATED = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private final URLClassLoader classLoader;

    private BeanArchive(URLClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * An archive in {@code dir} with {@code beansXml}, {@code persistenceXml} (none when null) and
     * the classes of the package of {@code packageOf}.
     */
    public static BeanArchive create(Path dir, String beansXml, String persistenceXml, Class<?> packageOf) {
        try {
            Path metaInf = Files.createDirectories(dir.resolve("META-INF"));
            Files.writeString(metaInf.resolve("beans.xml"), beansXml);
            if (persistenceXml != null) {
                Files.writeString(metaInf.resolve("persistence.xml"), persistenceXml);
            }
            String packagePath = packageOf.getPackageName().replace('.', '/');
            Path compiled = Path.of(packageOf.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(packagePath);
            Path target = Files.createDirectories(dir.resolve(packagePath));
            try (Stream<Path> classes = Files.list(compiled)) {
                for (Path file : classes.filter(file -> file.toString().endsWith(".class")).toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            return new BeanArchive(new URLClassLoader(new URL[] {dir.toUri().toURL()}, BeanArchive.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} with this archive on the thread's context class loader. */
    public void run(Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
    }
}
