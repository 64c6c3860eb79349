package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

/** Statements that prove themselves, in the browser: the code on Kontoudskrift and the public Bekræft page. */
@BrowserTest
class VerifyStatementInTheBrowserTest {

    @Test
    void bekraeftKontoudskriftSaysAGoodCodeMatchesTheLedgerAndABadCodeDoesNot(PortalBrowser browser)
            throws IOException {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        // the demo card is shared with other browser tests: pay in first, so the purchase never meets an empty card
        browser.portal().commands().sendAndWait(GenericCommandMessage.asCommandMessage(new DepositMoney(
                        relation.accountId(), "verify-" + java.util.UUID.randomUUID(), Money.ofOre(1_000),
                        DepositMethod.CASH, "Bekræft-test"))
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
        TillApi.Answer bought = browser.portal().till().purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD,
                new TillApi.Line("OST", "Ostehaps", 1, 300));
        assertThat(bought.approved()).as(bought.toString()).isTrue();
        StatementProof proof = await().atMost(Duration.ofSeconds(30)).until(() -> browser.portal().queries().query(
                        new FindStatementProof(relation.accountId(), Instant.now().plusSeconds(60)),
                        StatementProof.class).join(),
                p -> p != null && p.balanceAfter() != null
                        && p.balanceAfter().ore() == bought.body().path("balanceAfter").asLong());

        browser.open("/bekraeft-kontoudskrift"); // public: no login
        browser.waitForPath("/bekraeft-kontoudskrift");
        browser.type("verify-code", proof.code().toLowerCase());
        browser.click("verify-check");
        browser.waitForText("Kontoudskriften stemmer med regnskabet.");
        assertThat(browser.text("verify-result")).contains("post nr. " + proof.position(),
                "Saldo efter posten:");
        String screenshots = System.getProperty("screenshots.dir");
        if (screenshots != null && !screenshots.isBlank()) {
            browser.saveScreenshot(Path.of(screenshots).resolve("bekraeft-kontoudskrift.png"), false);
        }

        browser.type("verify-code", "ZZZZ-ZZZZ-ZZZZ");
        browser.click("verify-check");
        browser.waitForText("Kontrolkoden findes ikke.");
        assertThat(browser.text("verify-result")).doesNotContain("stemmer med regnskabet", "post nr.");
    }

    @Test
    void kontoudskriftShowsTheVerificationCodeItsDownloadsEndWith(PortalBrowser browser) {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.portal().queries().query(
                new FindStatementProof(relation.accountId(), Instant.now().plusSeconds(60)),
                StatementProof.class).join() != null);

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.open("/kontoudskrift?konto=" + relation.accountId());
        browser.waitForText("Konto: Kantinekort – Test Harms Relation", "Kontrolkode:");
        assertThat(browser.text("statement-proof-code"))
                .matches("Kontrolkode: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }
}
