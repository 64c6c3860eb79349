package dk.kantinekort.fakeledger;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * With {@code kantinekort.test.ledger=fake}, keeps Axon's and the data auto-configurations (on the test
 * classpath for the full-stack tests) out of the context, so the {@link FakeLedger} buses are the only ones.
 */
public class FakeLedgerOnly implements AutoConfigurationImportFilter, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean fake = environment != null && "fake".equals(environment.getProperty("kantinekort.test.ledger"));
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String c = candidates[i];
            keep[i] = c == null || !fake || !(c.startsWith("org.axonframework.")
                    || c.contains(".jdbc.") || c.contains(".flyway.") || c.contains(".sql.") || c.contains(".h2.")
                    || c.contains(".transaction."));
        }
        return keep;
    }
}
