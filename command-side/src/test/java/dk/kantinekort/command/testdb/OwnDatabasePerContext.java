package dk.kantinekort.command.testdb;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context of the command side an in-memory database of its own
 * ({@code canteen.test.database}, used by the test {@code application.yml}). Cached contexts stay alive with their
 * tracking processors; sharing one database let one context's processors claim another's outbox rows and tokens.
 * The customizer is equal for every test class, so it does not change which contexts are cached and reused.
 */
public class OwnDatabasePerContext implements ContextCustomizerFactory {

    /** The property naming this context's database. */
    public static final String PROPERTY = "canteen.test.database";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            // named once, when the context is made: every bean reading the URL sees the same database
            String name = "commandside-" + UUID.randomUUID();
            context.getEnvironment().getPropertySources()
                    .addLast(new MapPropertySource("own-test-database", Map.of(PROPERTY, name)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
