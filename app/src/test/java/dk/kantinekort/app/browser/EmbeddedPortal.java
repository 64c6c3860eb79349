package dk.kantinekort.app.browser;

import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole embedded default, started once for all browser tests of a run (free ports, a fresh data
 * directory with the demo data) and stopped when the run ends.
 */
public final class EmbeddedPortal implements ExtensionContext.Store.CloseableResource {

    private final Path dataDir;
    private final RunningKantinekort app;

    private EmbeddedPortal() {
        try {
            dataDir = Files.createTempDirectory("kantinekort-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // no development tools on the pages: they are not the portal's, and would be in every screenshot
        app = AppUnderTest.start(dataDir, "--vaadin.devmode.devTools.enabled=false");
    }

    /** The one portal of this test run, started at first use. */
    static EmbeddedPortal shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(EmbeddedPortal.class))
                .getOrComputeIfAbsent(EmbeddedPortal.class, key -> new EmbeddedPortal(), EmbeddedPortal.class);
    }

    /** The portal's address for a path, e.g. {@code url("/cpr")}; on 127.0.0.1, as a citizen opens it. */
    public String url(String path) {
        return "http://127.0.0.1:" + app.portalPort() + path;
    }

    /** The demo MitID's port (it answers on localhost). */
    public int identityProviderPort() {
        return app.identityProvider().orElseThrow().port();
    }

    /** The running launcher, for tests that look behind the pages (the till API, the gateways). */
    public RunningKantinekort app() {
        return app;
    }

    /** The till API of this portal, as a till in a canteen calls it. */
    public TillApi till() {
        return new TillApi(app.posPort());
    }

    /** The read side's gateway, for tests that wait until a till's purchase has reached a read model. */
    public QueryGateway queries() {
        return app.core().getBean(QueryGateway.class);
    }

    /** The command side's gateway, for tests that set up what a page needs (as the admin API would). */
    public CommandGateway commands() {
        return app.core().getBean(CommandGateway.class);
    }

    /** The card account as the read side knows it now; the ids in the portal's addresses are these. */
    public AccountSummary accountOf(CardNumber card) {
        AccountSummary account = queries().query(new FindAccountByCard(card), AccountSummary.class).join();
        if (account == null) {
            throw new IllegalStateException("No account for the demo card " + card);
        }
        return account;
    }

    /**
     * Waits until the account's statement of the last day shows what a test needs: the till's answer does not
     * wait for the read side, so a page opened right after a purchase may not show it yet.
     */
    public void awaitStatement(String accountId, Predicate<List<StatementRow>> shows) {
        await().atMost(Duration.ofSeconds(30)).until(() -> queries().query(new FindStatement(accountId,
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(1, ChronoUnit.MINUTES)), Statement.class)
                .join().rows(), shows::test);
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
