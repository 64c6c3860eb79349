package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Overfør in the browser: Christian moves 12,50 kr. from his card to Test Harms Relation's from Mine Konti, sees it
 * done and both balances change, and moves it back (his own balance stays 65,00 kr. for the other tests of the run).
 */
@BrowserTest
class TransferInTheBrowserTest {

    @Test
    void aParentTransfersToAChildsCardFromMineKontiAndSeesBothBalancesChange(PortalBrowser browser) throws Exception {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        String christiansCard = "Kantinekort " + DemoData.CHRISTIAN_CARD.value() + " – Christian Harms";
        String relationsCard = "Kantinekort " + DemoData.RELATION_CARD.value() + " – Test Harms Relation";

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.click("transfer");
        browser.waitForText("Overfør penge");

        // the same account twice is explained next to the field, before anything is sent
        browser.choose("transfer-from", christiansCard + " (65,00 kr.)");
        browser.choose("transfer-to", christiansCard + " (65,00 kr.)");
        browser.type("transfer-amount", "12,50");
        browser.click("transfer-send");
        assertThat(browser.fieldError("transfer-to")).isEqualTo("Vælg to forskellige konti.");

        chooseStartingWith(browser, "transfer-to", relationsCard + " (");
        browser.type("transfer-amount", "12,50");
        browser.click("transfer-send");
        assertThat(outcome(browser)).isEqualTo("12,50 kr. er overført til " + relationsCard + ".");
        browser.waitForText(christiansCard + " (52,50 kr.)");
        // docs/screenshots only when asked for (-Dscreenshots.dir), as ScreenshotsOfTheMainPages does
        browser.saveScreenshot(Path.of(System.getProperty("screenshots.dir", "target/browser")).resolve("overfoer.png"),
                false);

        // and back again, from the child's card
        chooseStartingWith(browser, "transfer-from", relationsCard + " (");
        browser.choose("transfer-to", christiansCard + " (52,50 kr.)");
        browser.type("transfer-amount", "12,50");
        browser.click("transfer-send");
        browser.waitUntil(d -> !browser.text("transfer-status").contains(relationsCard));
        assertThat(outcome(browser)).isEqualTo("12,50 kr. er overført til " + christiansCard + ".");
        browser.click("transfer-close");
        browser.reload();
        browser.waitForText("Christian Harms (Dig selv)");
        browser.waitUntil(d -> browser.text("accounts").contains("65,00 kr."));
    }

    /** What the dialog says once the transfer has ended (or was refused): no longer "Overfører …". */
    private static String outcome(PortalBrowser browser) {
        browser.waitUntil(d -> {
            String status = browser.text("transfer-status");
            return !status.isBlank() && !status.startsWith("Overfører");
        });
        return browser.text("transfer-status");
    }

    /** Picks the item starting with this text (the child's balance is whatever the other tests of the run left). */
    private static void chooseStartingWith(PortalBrowser browser, String selectId, String prefix) {
        browser.click(selectId);
        By item = By.xpath("//vaadin-select-overlay//vaadin-select-item[starts-with(normalize-space(.), '" + prefix
                + "')]");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(item)).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30)).until(ExpectedConditions
                .numberOfElementsToBe(By.cssSelector("vaadin-select-overlay[opened]"), 0));
    }
}
