package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Midlertidigt kort (issue 17, decision record 21), the main flow in the browser with the real till API: a lost
 * card blocked in Brugeroplysninger is refused at the till while the account's money is still usable through a
 * temporary card's code; the till's answer and Kontoudskrift say the temporary card was used; a forged code and the
 * code after "Luk det midlertidige kort" are refused with their reasons.
 */
@BrowserTest
class TemporaryCardInTheBrowserTest {

    private static final TillApi.Line OSTEHAPS = new TillApi.Line("OST", "Ostehaps", 1, 300);

    @Test
    void aLostCardIsBlockedAndTheTemporaryCardBuysAtTheTillAndShowsInTheStatement(PortalBrowser browser)
            throws Exception {
        OwnAccount own = OwnAccount.linkedTo(browser.portal(), DemoIdentities.CHRISTIAN, Money.ofKroner(100));
        TillApi till = browser.portal().till();
        String temporaryButton = "profile-temporary-" + own.accountId();

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.open("/brugeroplysninger?konto=" + own.accountId());
        browser.waitForText(own.card().value());
        assertThat(browser.driver().findElements(By.id(temporaryButton))).as("the card works: none offered").isEmpty();

        browser.click("profile-block-" + own.accountId());
        browser.waitUntil(d -> browser.text("profile-cards-message").equals("Kortet er spærret."));
        browser.waitUntil(d -> !d.findElements(By.id(temporaryButton)).isEmpty());
        browser.click(temporaryButton);
        browser.waitUntil(d -> !d.findElements(By.id("temporary-card-number")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("#temporary-card-qr svg")).getDomAttribute("aria-label"))
                .isEqualTo("QR-kode til det midlertidige kort");
        String code = browser.text("temporary-card-number").replace(" ", "");
        assertThat(code).matches("MK[0-9]{18}");
        Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/browser"));
        Files.createDirectories(screenshots);
        browser.saveScreenshot(screenshots.resolve("midlertidigt-kort.png"), false);

        TillApi.Answer lostCard = till.purchase(DemoData.SCHOOL_TILL_TOKEN, own.card(), OSTEHAPS);
        assertThat(lostCard.reason()).as(lostCard.toString()).isEqualTo("CARD_BLOCKED");
        TillApi.Answer bought = till.purchase(DemoData.SCHOOL_TILL_TOKEN, CardNumber.parse(code), OSTEHAPS);
        assertThat(bought.approved()).as(bought.toString()).isTrue();
        assertThat(bought.body().path("temporaryCard").asBoolean()).isTrue();
        assertThat(bought.body().path("cardNumber").asText()).isEqualTo(code.substring(0, 10));
        assertThat(bought.body().path("balanceAfter").asLong()).isEqualTo(9_700);
        String forgedCode = code.substring(0, 19) + (code.charAt(19) == '0' ? '1' : '0');
        TillApi.Answer forged = till.purchase(DemoData.SCHOOL_TILL_TOKEN, CardNumber.parse(forgedCode), OSTEHAPS);
        assertThat(forged.status()).isEqualTo(402);
        assertThat(forged.reason()).isEqualTo("TEMPORARY_CARD_INVALID");
        assertThat(forged.body().path("message").asText()).isEqualTo("Ugyldigt midlertidigt kort");

        browser.click("temporary-card-revoke");
        browser.waitUntil(d -> browser.text("profile-cards-message").equals("Det midlertidige kort er lukket."));
        TillApi.Answer revoked = till.purchase(DemoData.SCHOOL_TILL_TOKEN, CardNumber.parse(code), OSTEHAPS);
        assertThat(revoked.reason()).as(revoked.toString()).isEqualTo("TEMPORARY_CARD_REVOKED");

        browser.portal().awaitStatement(own.accountId(), rows -> rows.stream().anyMatch(
                row -> row.type() == StatementRowType.PURCHASE && row.temporaryCard())
                && rows.stream().anyMatch(row -> row.declineReason() == DeclineReason.TEMPORARY_CARD_REVOKED));
        browser.open("/kontoudskrift?konto=" + own.accountId());
        browser.waitForText("Kontoudtog");
        assertThat(browser.text("statement-rows")).contains("Hævet", "-3,00 kr.", "Midlertidigt kort");
        assertThat(browser.text("statement-declines")).contains("Det midlertidige kort er lukket");
    }
}
