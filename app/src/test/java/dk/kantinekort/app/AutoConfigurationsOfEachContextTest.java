package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.embedded.mitid.DemoIdentityProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each context of the embedded default (core, portal, till API, and the demo MitID in its own JVM) runs exactly the
 * auto-configurations it ran when they were still chosen by package-name prefix: the sets recorded then, one sorted
 * file per context in {@code src/test/resources/autoconfigurations}. Rewrite them (after a deliberate change) with
 * {@code -Dautoconfigurations.record=<that directory>}.
 */
class AutoConfigurationsOfEachContextTest {

    private static final String RECORD = "autoconfigurations.record";

    @TempDir
    Path dataDir;

    @Test
    void theCorePortalAndTillApiContextsRunTheRecordedAutoConfigurations() throws IOException {
        try (RunningKantinekort app = AppUnderTest.start(dataDir)) {
            check("core", app.core());
            check("portal", app.portal());
            check("pos", app.pos());
        }
    }

    @Test
    void theDemoMitIdRunsTheRecordedAutoConfigurations() throws IOException {
        try (ConfigurableApplicationContext idp = DemoIdentityProvider.application().run("--server.port=0",
                "--canteen.idp.issuer=http://localhost:9", "--canteen.idp.client-id=kantinekort-portal",
                "--canteen.idp.client-secret=test", "--canteen.idp.portal-url=http://127.0.0.1:9")) {
            check("idp", idp);
        }
    }

    private static void check(String context, ConfigurableApplicationContext running) throws IOException {
        Set<String> applied = applied(running);
        String record = System.getProperty(RECORD);
        if (record != null && !record.isBlank()) {
            Files.createDirectories(Path.of(record));
            Files.write(Path.of(record, context + ".txt"), applied);
            return;
        }
        assertThat(applied).as("the auto-configurations of the %s context", context)
                .containsExactlyElementsOf(recorded(context));
    }

    /** The auto-configuration classes this context itself (not its parent) registered: those that applied. */
    static Set<String> applied(ConfigurableApplicationContext context) {
        Set<String> candidates = new TreeSet<>();
        ImportCandidates.load(AutoConfiguration.class, context.getClassLoader()).forEach(candidates::add);
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        return Arrays.stream(beans.getBeanDefinitionNames())
                .map(name -> beans.getBeanDefinition(name).getBeanClassName())
                .filter(name -> name != null && candidates.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> recorded(String context) throws IOException {
        try (InputStream in = AutoConfigurationsOfEachContextTest.class
                .getResourceAsStream("/autoconfigurations/" + context + ".txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).sorted().toList();
        }
    }
}
