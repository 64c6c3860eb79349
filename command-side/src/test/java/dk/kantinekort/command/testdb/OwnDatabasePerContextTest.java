package dk.kantinekort.command.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

class OwnDatabasePerContextTest {

    private final OwnDatabasePerContext factory = new OwnDatabasePerContext();

    @Test
    void twoTestContextsGetTwoDatabases() {
        String first = databaseOf(factory.createContextCustomizer(OwnDatabasePerContextTest.class, List.of()));
        String second = databaseOf(factory.createContextCustomizer(OwnDatabasePerContextTest.class, List.of()));

        assertThat(first).startsWith("commandside-").isNotEqualTo(second);
    }

    @Test
    void theCustomizerDoesNotChangeWhichContextsAreCachedAndReused() {
        assertThat(factory.createContextCustomizer(String.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(Integer.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(Integer.class, List.of()));
    }

    private static String databaseOf(ContextCustomizer customizer) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            customizer.customizeContext(context, null);
            return context.getEnvironment().getProperty(OwnDatabasePerContext.PROPERTY);
        }
    }
}
