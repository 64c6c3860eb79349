package dk.kantinekort.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle's chunks preloaded with the page (issue 16, decision record 28). */
class BundlePreloadsTest {

    @TempDir
    Path bundle;

    @Test
    void theChunksTheEntryScriptNamedInIndexHtmlImportsArePreloadedOnceEachAndStaleBuildsAreIgnored() throws Exception {
        Path build = Files.createDirectories(bundle.resolve(BundlePreloads.WEBAPP + "VAADIN/build"));
        Files.writeString(bundle.resolve(BundlePreloads.WEBAPP + "index.html"),
                "<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-CGrtTICW.js\"></script>");
        Files.writeString(build.resolve("indexhtml-CGrtTICW.js"), "import(\"./generated-flow-imports-B9JeTvzs.js\");"
                + "m=[\"./FlowClient-C9bOw320.js\",\"./FlowClient-C9bOw320.js\"]");
        Files.writeString(build.resolve("indexhtml-Stale123.js"), "import(\"./generated-flow-imports-OLD.js\")");

        assertThat(BundlePreloads.of(loader()))
                .containsExactly("./VAADIN/build/generated-flow-imports-B9JeTvzs.js", "./VAADIN/build/FlowClient-C9bOw320.js");
    }

    @Test
    void withoutAProductionBundleNothingIsPreloaded() throws Exception {
        assertThat(BundlePreloads.of(loader())).isEmpty();
    }

    private URLClassLoader loader() throws Exception {
        return new URLClassLoader(new URL[] {bundle.toUri().toURL()}, null);
    }
}
