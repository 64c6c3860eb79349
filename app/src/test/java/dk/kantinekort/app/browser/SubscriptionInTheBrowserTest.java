package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.app.psp.PspSimulatorClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Abonnementer (F14) as Christian does it in the browser: Tilmeld "Frugtordning", the payment card saved on the
 * provider's hosted page (the embedded simulator), back on the portal enrolled with the saved card, then Frameld.
 * The demo catalogue offers Frugtordning at Gladsaxe Skole; the enrolment is ended again, so nothing is left.
 */
@BrowserTest
class SubscriptionInTheBrowserTest {

    private static final String PLAN = "plan-frugtordning";

    @Test
    void aCitizenEnrolsInFrugtordningWithAPaymentCardSeesFrameldAndTheCardAndUnenrolsAgain(PortalBrowser browser) {
        AccountSummary christian = browser.portal().accountOf(DemoData.CHRISTIAN_CARD);
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        assertThat(browser.text("main-menu")).contains("Abonnementer");

        browser.open("/abonnementer?konto=" + christian.accountId());
        browser.waitForText("Frugtordning", "45,00 kr. pr. uge");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Abonnementer").isEmpty();
        browser.click(PLAN + "-enrol");
        browser.waitForText("Jeg har læst og accepteret betalingsbetingelserne");
        assertThat(browser.text("enrol-fee")).as("the demo's card fee on 45,00 kr. a week")
                .isEqualTo("Gebyr pr. trækning: 1,56 kr. (1,00 kr. + 1,25 %). Der trækkes i alt 46,56 kr. pr. uge.");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("the Tilmeld dialog").isEmpty();
        browser.click("enrol-accept");
        browser.click("enrol-submit");
        browser.saveCardOnHostedPage(PspSimulatorClient.SUCCESS_CARD);

        browser.waitForPath("/abonnementer/tilmelding");
        browser.waitForText("Kortet er gemt, og tilmeldingen er gennemført.");
        browser.click("subs-return-back");
        browser.waitForPath("/abonnementer");
        browser.waitUntil(d -> !d.findElements(By.id(PLAN + "-unenrol")).isEmpty());
        assertThat(browser.text(PLAN + "-status")).isEqualTo("Status: Tilmeldt");
        assertThat(browser.text(PLAN + "-card")).startsWith("Betalingskort:").endsWith("1111");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Abonnementer, enrolled").isEmpty();

        browser.click(PLAN + "-unenrol");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']"))).click();

        browser.waitForText("Du er frameldt Frugtordning.");
        browser.waitUntil(d -> !d.findElements(By.id(PLAN + "-enrol")).isEmpty());
        browser.waitUntil(d -> { // read afresh until the read side has seen it too
            browser.reload();
            return !d.findElements(By.id(PLAN + "-enrol")).isEmpty();
        });
        assertThat(browser.driver().findElements(By.id(PLAN + "-unenrol"))).as("ended on the ledger too").isEmpty();
    }
}
