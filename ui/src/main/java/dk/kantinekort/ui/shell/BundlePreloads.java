package dk.kantinekort.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Starts the production bundle's big chunks with the page (issue 16, decision record 28): Vaadin's page names only
 * its {@code indexhtml} script, which then imports {@code generated-flow-imports} and {@code FlowClient}, a chain of
 * three downloads before anything shows. A {@code <link rel="modulepreload">} for the two in the page's head lets the
 * browser fetch all three at once. Their hashed names are read once from the bundle ({@code index.html} names the
 * {@code indexhtml} script, that script names its chunks); without a production bundle (development, tests) nothing
 * is added.
 */
@Component
class BundlePreloads implements VaadinServiceInitListener {

    static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[\\w-]+\\.js)\"");
    private static final Pattern CHUNK = Pattern.compile("(generated-flow-imports-[\\w-]+\\.js|FlowClient-[\\w-]+\\.js)");

    private final List<String> preloads = of(BundlePreloads.class.getClassLoader());

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (preloads.isEmpty()) {
            return;
        }
        event.addIndexHtmlRequestListener(response -> {
            Element head = response.getDocument().head();
            for (String href : preloads) {
                head.appendElement("link").attr("rel", "modulepreload").attr("crossorigin", "").attr("href", href);
            }
        });
    }

    /** The chunks the bundle's entry script imports, as {@code ./VAADIN/build/<name>}; empty without a bundle. */
    static List<String> of(ClassLoader classLoader) {
        Optional<String> entry = read(classLoader, WEBAPP + "index.html").map(ENTRY::matcher).filter(Matcher::find)
                .map(m -> m.group(1));
        if (entry.isEmpty()) {
            return List.of();
        }
        Set<String> chunks = new LinkedHashSet<>();
        read(classLoader, WEBAPP + entry.get()).ifPresent(script -> {
            Matcher chunk = CHUNK.matcher(script);
            while (chunk.find()) {
                chunks.add("./VAADIN/build/" + chunk.group(1));
            }
        });
        return List.copyOf(chunks);
    }

    private static Optional<String> read(ClassLoader classLoader, String name) {
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
