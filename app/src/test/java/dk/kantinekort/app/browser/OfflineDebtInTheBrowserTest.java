package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

/**
 * Offline køb in the back office (issue 20): a till uploads a sale it made offline that the balance did not cover;
 * Support shows the open offline debt and the sale with its time of sale, place and flags. Writes the README's
 * screenshot when {@code -Dscreenshots.dir} is given.
 */
@BrowserTest
class OfflineDebtInTheBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void staffSeeTheOpenOfflineDebtAndTheFlaggedSaleInSupport(PortalBrowser browser) throws Exception {
        EmbeddedPortal portal = browser.portal();
        CardNumber card = CardNumber.parse("OF" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        AccountOpening opened = send(portal, new OpenAccountForPerson(randomCpr(), "Olivia Offline", null, card,
                EnumSet.allOf(UnitKind.class)));
        String accountId = opened.accountId();
        send(portal, new DepositMoney(accountId, "of-" + accountId, Money.ofOre(1_000), DepositMethod.CASH, "kasse"));
        HttpResponse<String> upload = upload(portal, card, Instant.now().minus(40, ChronoUnit.MINUTES));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> portal.accountOf(card).balance(), Money.ofOre(-2_500)::equals);

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/support");
        browser.type("support-search", card.value());
        browser.click("support-find");
        browser.waitUntil(d -> browser.text("support-account-" + accountId).contains("-25,00 kr."));
        browser.click("support-offline-" + accountId);
        browser.waitUntil(d -> browser.text("support-offline-debt").contains("Åben gæld fra offline køb: 25,00 kr."));
        assertThat(browser.text("support-offline-table")).contains("Gladsaxe Skole", "35,00 kr.", "-25,00 kr.",
                "Gav gæld");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Support, Offline køb").isEmpty();

        String dir = System.getProperty("screenshots.dir");
        if (dir != null && !dir.isBlank()) {
            browser.saveScreenshot(Path.of(dir, "support-offline-koeb.png"), true);
        }
    }

    private static HttpResponse<String> upload(EmbeddedPortal portal, CardNumber card, Instant soldAt) throws Exception {
        String body = """
                {"sales":[{"idempotencyKey":"offline-%s","cardNumber":"%s","soldAt":"%s",\
                "lines":[{"sku":"FROKOST","name":"Frokost","quantity":1,"unitPrice":3500}],"total":3500}]}"""
                .formatted(card.value(), card.value(), soldAt.truncatedTo(ChronoUnit.SECONDS));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portal.app().posPort() + "/api/v1/offline-sales"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static <R> R send(EmbeddedPortal portal, Object command) {
        return portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
    }

    private static Cpr randomCpr() {
        return Cpr.parse("%02d%02d%02d%04d".formatted(ThreadLocalRandom.current().nextInt(1, 28),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(0, 100),
                ThreadLocalRandom.current().nextInt(0, 10_000)));
    }
}
