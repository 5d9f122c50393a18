// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.readme.Readme;

/**
 * The README's Spring Boot section is the Spring Boot example's code and configuration, line for
 * line: the example's tests run them (Spring Boot is not on this module's class path).
 */
class SpringBootReadmeTest {

    private static final Path EXAMPLE = Readme.root().resolve(Path.of("examples", "spring-boot", "src", "main"));

    @Test
    void theResolverBeanAndTheServiceMethodsAreTheExamples() throws IOException {
        List<String> sources = exampleSources();
        for (String firstLine : List.of("@Component", "@PersistenceContext")) {
            Readme.Block block = Readme.blockStartingWith(firstLine);
            assertThat(block.language()).isEqualTo("java");
            for (Readme.Paragraph paragraph : block.paragraphs()) {
                assertThat(sources).as("README line %d appears in the Spring Boot example's sources:%n%s", paragraph.line(),
                        paragraph.text()).anyMatch(source -> Readme.appearsIn(paragraph.text(), source));
            }
        }
    }

    @Test
    void theSettingsAreTheExamplesApplicationProperties() throws IOException {
        List<String> properties = Files.readAllLines(EXAMPLE.resolve(Path.of("resources", "application.properties")));
        // The Boot blocks; a module's section may show one of its settings without Boot's prefix
        List<Readme.Block> blocks = Readme.blocks("properties", Readme.blocks()).stream()
                .filter(block -> block.text().strip().startsWith("spring.")).toList();
        assertThat(blocks).isNotEmpty();
        for (Readme.Block block : blocks) {
            assertThat(block.text().lines().map(String::strip).filter(line -> !line.isEmpty()))
                    .as("%s: lines of the example's application.properties", block)
                    .isNotEmpty()
                    .allMatch(line -> line.startsWith("spring.jpa.properties.hibernatepack."))
                    .allMatch(properties::contains);
        }
    }

    private static List<String> exampleSources() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
