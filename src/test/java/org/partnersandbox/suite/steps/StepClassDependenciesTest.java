package org.partnersandbox.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Step classes share scenario state and actions through the scenario package, never through each
 * other: a step that calls another class's step hides what the Gherkin sentence does.
 */
class StepClassDependenciesTest {

    private static final String PACKAGE = StepClassDependenciesTest.class.getPackageName();

    @Test
    void noStepClassInjectsAnother() throws Exception {
        List<Class<?>> stepClasses = stepClasses();
        assertThat(stepClasses).as("step classes found in " + PACKAGE).hasSizeGreaterThan(15);
        for (Class<?> stepClass : stepClasses) {
            for (Constructor<?> constructor : stepClass.getConstructors()) {
                assertThat(Arrays.stream(constructor.getParameterTypes()).map(Class::getName))
                        .as("what %s injects", stepClass.getSimpleName())
                        .noneMatch(name -> name.startsWith(PACKAGE + "."));
            }
        }
    }

    private static List<Class<?>> stepClasses() throws IOException, URISyntaxException {
        Path folder = Path.of(StepClassDependenciesTest.class.getResource("").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Steps.class"))
                    .<Class<?>>map(name -> load(PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
