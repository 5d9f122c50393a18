// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every code block of README.md is backed by this module: each paragraph of a java block appears
 * (whitespace-normalised, {@code ...} standing for left-out code) in a test source that runs it,
 * every dependency of an xml block is one the BOM manages (and every annotation processor is
 * hibernate-processor in the pack's Hibernate version), and every command names what exists.
 */
class ReadmeSnippetsTest {

    private static final List<Readme.Block> BLOCKS = Readme.blocks();

    static final Path SPRING_BOOT_EXAMPLE_SOURCES = Readme.root().resolve(Path.of("examples", "spring-boot", "src", "main", "java"));

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeAppearsInATestThatRunsIt() throws IOException {
        Map<Path, String> sources = testSources();
        List<Readme.Block> java = Readme.blocks("java", BLOCKS);
        assertThat(java).as("java blocks of the README").isNotEmpty();
        return java.stream().map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
            for (Readme.Paragraph paragraph : block.paragraphs()) {
                boolean found = sources.values().stream().anyMatch(source -> Readme.appearsIn(paragraph.text(), source));
                assertThat(found).as("%s: the lines from README line %d do not appear, whitespace-normalised, in any test"
                        + " source of readme-tests (write them into the test that shows what they do):%n%s",
                        block, paragraph.line(), paragraph.text()).isTrue();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDependencyOfAnXmlBlockIsManagedByTheBom() throws Exception {
        Set<String> managed = bomArtifacts();
        return Readme.blocks("xml", BLOCKS).stream().map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
            Document snippet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<snippet>" + block.text() + "</snippet>")));
            NodeList dependencies = snippet.getElementsByTagName("dependency");
            assertThat(dependencies.getLength() + snippet.getElementsByTagName("path").getLength())
                    .as("%s: dependencies or annotation processor paths", block).isPositive();
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String group = text(dependency, "groupId");
                String artifact = text(dependency, "artifactId");
                if (group.equals("org.springframework.boot")) {
                    // The Spring Boot section: Boot's artifacts as the Spring Boot example declares them.
                    String example = Files.readString(Readme.root().resolve("examples/spring-boot/pom.xml"));
                    assertThat(example).as("%s: examples/spring-boot/pom.xml", block).contains("<artifactId>" + artifact + "</artifactId>");
                    if (!text(dependency, "version").isEmpty()) {
                        assertThat(example).as("%s: Boot's version", block)
                                .contains("<spring-boot.version>" + text(dependency, "version") + "</spring-boot.version>");
                    }
                    continue;
                }
                assertThat(group).as("%s: groupId", block).isEqualTo("dev.hibernatepack");
                if (artifact.equals("hibernate-pack-bom")) {
                    assertThat(text(dependency, "version")).as("%s: the BOM's version", block)
                            .isEqualTo(System.getProperty("readme.version"));
                    assertThat(text(dependency, "type")).isEqualTo("pom");
                    assertThat(text(dependency, "scope")).isEqualTo("import");
                } else {
                    assertThat(managed).as("%s: artifacts the BOM manages", block).contains(artifact);
                    assertThat(text(dependency, "version")).as("%s: %s takes its version from the BOM", block, artifact).isEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAnnotationProcessorOfAnXmlBlockIsHibernateProcessorInTheVersionThePackIsBuiltWith() throws Exception {
        String hibernate = hibernateVersion();
        return Readme.blocks("xml", BLOCKS).stream()
                .filter(block -> block.text().contains("<annotationProcessorPaths>"))
                .map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
                    Document snippet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new InputSource(new StringReader("<snippet>" + block.text() + "</snippet>")));
                    NodeList paths = snippet.getElementsByTagName("path");
                    assertThat(paths.getLength()).as("%s: annotation processor paths", block).isPositive();
                    for (int i = 0; i < paths.getLength(); i++) {
                        Element path = (Element) paths.item(i);
                        assertThat(text(path, "groupId") + ":" + text(path, "artifactId") + ":" + text(path, "version"))
                                .as("%s: the processor", block).isEqualTo("org.hibernate.orm:hibernate-processor:" + hibernate);
                    }
                }));
    }

    @Test
    void theInstallBlockListsEveryModuleOfTheBom() throws Exception {
        Readme.Block install = Readme.blockStartingWith("<dependencyManagement>");
        Set<String> listed = new TreeSet<>();
        Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(install.text());
        while (artifact.find()) {
            listed.add(artifact.group(1));
        }
        assertThat(listed).containsAll(bomArtifacts());
    }

    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        String ci = Files.readString(Readme.root().resolve(".ci/run"));
        Matcher command = Pattern.compile("TEST_COMMAND='([^']+)'").matcher(ci);
        assertThat(command.find()).isTrue();
        assertThat(Readme.blocks("", BLOCKS)).extracting(Readme.Block::text).map(String::strip).contains(command.group(1));
    }

    @Test
    void everyCommandNamesModulesAndExecutionsThatExist() throws IOException {
        List<String> commands = new ArrayList<>();
        for (Readme.Block block : Readme.blocks("", BLOCKS)) {
            block.text().lines().map(String::strip).filter(l -> l.startsWith("mvn ") || l.startsWith("cd ")).forEach(commands::add);
        }
        assertThat(commands).isNotEmpty();
        Path folder = Readme.root();
        for (String command : commands) {
            if (command.startsWith("cd ")) {
                folder = Readme.root().resolve(command.substring(3).strip());
                assertThat(folder.resolve("pom.xml")).as(command).exists();
                continue;
            }
            Matcher module = Pattern.compile("-pl (\\S+)").matcher(command);
            Path moduleFolder = folder;
            if (module.find()) {
                moduleFolder = Readme.root().resolve(module.group(1));
                assertThat(moduleFolder.resolve("pom.xml")).as(command).exists();
            }
            Matcher execution = Pattern.compile("exec:java@(\\S+)").matcher(command);
            if (execution.find()) {
                assertThat(Files.readString(moduleFolder.resolve("pom.xml"))).as(command)
                        .contains("<id>" + execution.group(1) + "</id>");
            }
        }
    }

    @Test
    void aSnippetAppearsWhateverItsLineBreaksAndIndentation() {
        String source = """
                class Example {
                    void run() {
                        QueryCounts.assertCounts(0, 1, 0, 0,
                                () -> repository.insert(second));
                    }
                }
                """;
        assertThat(Readme.appearsIn("QueryCounts.assertCounts(0, 1, 0, 0, () -> repository.insert(second));", source)).isTrue();
        assertThat(Readme.appearsIn("void run() { ... }", source)).isTrue();
    }

    @Test
    void aSnippetThatChangedNoLongerAppears() {
        String source = "QueryCounts.assertCounts(1, 1, 0, 0, () -> repository.insert(first));";
        assertThat(Readme.appearsIn("QueryCounts.assertCounts(0, 1, 0, 0, () -> repository.insert(first));", source)).isFalse();
        assertThat(Readme.appearsIn("try (var scope = AuditContext.as(id)) { ... }", "try (var scope = AuditContext.as(id))")).isFalse();
    }

    @Test
    void blocksIndentedUnderAListItemAreReadWithTheirLineNumbers() {
        List<Readme.Block> blocks = Readme.blocks("text\n- item\n\n  ```java\n  post.save();\n  ```\n");
        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.language()).isEqualTo("java");
            assertThat(block.line()).isEqualTo(5);
            assertThat(block.text()).isEqualTo("post.save();\n");
            assertThat(block.toString()).isEqualTo("README.md line 5: post.save();");
        });
    }

    private static Set<String> bomArtifacts() throws Exception {
        Document bom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Readme.root().resolve("bom/pom.xml").toFile());
        Element management = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
        NodeList artifacts = management.getElementsByTagName("artifactId");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < artifacts.getLength(); i++) {
            names.add(artifacts.item(i).getTextContent().strip());
        }
        return names;
    }

    /** The Hibernate version the pack is built and tested with ({@code hibernate.version} of the parent POM). */
    private static String hibernateVersion() throws Exception {
        Document parent = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Readme.root().resolve("pom.xml").toFile());
        return parent.getElementsByTagName("hibernate.version").item(0).getTextContent().strip();
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /**
     * This module's test sources, and the Spring Boot example's sources: Spring is not on this
     * module's class path, so the Spring Boot section's code is the example's, which its own tests
     * run ({@code SpringBootReadmeTest} checks that it is).
     */
    private static Map<Path, String> testSources() throws IOException {
        Map<Path, String> sources = new LinkedHashMap<>();
        for (Path root : List.of(Path.of(System.getProperty("readme.sources", "src/test/java")), SPRING_BOOT_EXAMPLE_SOURCES)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (!file.getFileName().toString().equals("ReadmeSnippetsTest.java")) {
                        sources.put(file, Files.readString(file));
                    }
                }
            }
        }
        return sources;
    }
}
