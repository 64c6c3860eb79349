package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Forbrugsregler in the browser: a parent sets a daily limit, the till declines the purchase over it with the rule. */
@BrowserTest
class SpendingRulesInTheBrowserTest {

    @Test
    void aDailyLimitOf20KronerLetsTwo10KronerPurchasesPassAndDeclinesTheThirdOnTheTillAndInTheStatement(
            PortalBrowser browser) throws Exception {
        OwnAccount child = OwnAccount.linkedTo(browser.portal(), DemoIdentities.CHRISTIAN, Money.ofKroner(65));
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#accounts vaadin-button.spending-rules")).isEmpty());

        browser.open("/forbrugsregler?konto=" + child.accountId());
        browser.waitForText("Forbrugsregler", "Dagsgrænse");
        browser.type("spending-daily", "20,00");
        browser.click("spending-save");
        browser.waitForText("Forbrugsreglerne er gemt. De gælder fra næste køb.");
        String screenshots = System.getProperty("screenshots.dir");
        if (screenshots != null && !screenshots.isBlank()) {
            browser.saveScreenshot(Path.of(screenshots).resolve("forbrugsregler.png"), true);
        }

        TillApi till = browser.portal().till();
        TillApi.Line lunch = new TillApi.Line("FROKOST", "Frokost", 1, 1000);
        assertThat(till.purchase(DemoData.SCHOOL_TILL_TOKEN, child.card(), lunch).approved()).isTrue();
        assertThat(till.purchase(DemoData.SCHOOL_TILL_TOKEN, child.card(), lunch).approved()).isTrue();
        TillApi.Answer third = till.purchase(DemoData.SCHOOL_TILL_TOKEN, child.card(), lunch);
        assertThat(third.status()).isEqualTo(402);
        assertThat(third.reason()).isEqualTo("DAILY_LIMIT_REACHED");
        assertThat(third.body().path("message").asText()).isEqualTo("Dagsgrænsen på 20,00 kr. er nået");

        browser.portal().awaitStatement(child.accountId(), rows -> rows.stream()
                .anyMatch(row -> row.declineReason() == DeclineReason.DAILY_LIMIT_REACHED));
        browser.open("/kontoudskrift?konto=" + child.accountId());
        browser.waitUntil(d -> browser.text().contains("Afviste køb"));
        assertThat(browser.text("statement-declined-rows"))
                .contains("Gladsaxe Skole", "Dagsgrænsen på 20,00 kr. var nået");
        assertThat(browser.text("statement-advice")).contains("Forbrugsregler");
    }
}
