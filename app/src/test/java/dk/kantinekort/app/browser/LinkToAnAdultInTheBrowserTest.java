package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.embedded.mail.ReceivedMail;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, part 3, as the attacker would try it: Anna knows Christian's CPR number and has seen his card (the number
 * is on the back). Christian is an adult, so "Tilføj konto" only asks him: Anna gets no access to his account.
 * Christian is mailed, sees Anna under "Hvem har adgang" on Mine Konti and turns her away; a link he approved he
 * ends again with "Fjern adgang", and Anna's access ends with it.
 */
@BrowserTest
class LinkToAnAdultInTheBrowserTest {

    private static final String CHRISTIAN_CPR = "270182-1234";
    private static final String CHRISTIAN_MAIL = "christian.harms@example.dk";

    @Test
    void aStrangerWithAnAdultsCprAndCardNumberOnlyAsks_theOwnerIsMailedSeesItAndRemovesIt(PortalBrowser browser) {
        AccountSummary christian = browser.portal().accountOf(DemoData.CHRISTIAN_CARD);
        int noticesBefore = noticesTo(browser, CHRISTIAN_MAIL).size();

        requestAsAnna(browser);
        assertThat(browser.text("link-outcome")).startsWith("Afventer godkendelse.");
        assertAnnaCannotSee(browser, christian);
        // her waiting request is named by what she typed, never by whose CPR number it is
        browser.waitForText("CPR-nummer 270182-, kortnummer " + DemoData.CHRISTIAN_CARD.value());
        List<ReceivedMail> notices = await().atMost(Duration.ofSeconds(30))
                .until(() -> noticesTo(browser, CHRISTIAN_MAIL), mails -> mails.size() > noticesBefore);
        assertThat(notices.get(notices.size() - 1).subject()).isEqualTo("Nogen beder om adgang til dit kantinekort");

        switchTo(browser, DemoIdentities.CHRISTIAN);
        awaitWhoHasAccess(browser, "Anna Jensen");
        assertThat(browser.text("who-has-access")).contains("Anna Jensen", "Venter på dit svar");
        clickInWhoHasAccess(browser, "reject");
        browser.waitForText("Anmodningen er afvist.");
        awaitWhoHasAccessWithout(browser, "Anna Jensen");

        // asked again and approved, Christian ends the access with "Fjern adgang"
        switchTo(browser, DemoIdentities.ANNA);
        requestAsAnna(browser);
        switchTo(browser, DemoIdentities.CHRISTIAN);
        awaitWhoHasAccess(browser, "Anna Jensen");
        clickInWhoHasAccess(browser, "approve");
        browser.waitForText("Tilknytningen er godkendt.");
        browser.waitUntil(d -> {
            browser.reload();
            return browser.text("who-has-access").contains("Har adgang");
        });
        clickInWhoHasAccess(browser, "end-access");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']"))).click();
        browser.waitForText("Adgangen er fjernet.");
        awaitWhoHasAccessWithout(browser, "Anna Jensen");

        switchTo(browser, DemoIdentities.ANNA);
        assertAnnaCannotSee(browser, christian);
    }

    private static void requestAsAnna(PortalBrowser browser) {
        if (!browser.onPortal() || browser.path().equals("/login")) {
            browser.loggedInAs(DemoIdentities.ANNA);
        }
        browser.open("/tilfoej-konto");
        browser.waitForPath("/tilfoej-konto");
        browser.type("cpr", CHRISTIAN_CPR);
        browser.type("card-number", DemoData.CHRISTIAN_CARD.value());
        browser.click("next");
        browser.waitUntil(d -> browser.text("link-outcome").startsWith("Afventer godkendelse."));
    }

    private static void assertAnnaCannotSee(PortalBrowser browser, AccountSummary christian) {
        browser.open("/kontoudskrift?konto=" + christian.accountId());
        browser.waitForText("Konto: Kantinekort – Anna Jensen");
        assertThat(browser.text("statement-notice"))
                .isEqualTo("Den valgte konto kan ikke vises. Vælg en af de konti, du har adgang til.");
        browser.open("/");
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitForText("Anna Jensen (Dig selv)");
        assertThat(browser.text()).doesNotContain("Christian Harms", "65,00", CHRISTIAN_CPR);
    }

    private static void switchTo(PortalBrowser browser, DemoIdentities.DemoIdentity identity) {
        browser.open("/");
        browser.waitForTitleStartingWith("Mine Konti");
        browser.click("logout");
        browser.waitForPath("/login");
        browser.loggedInAs(identity);
        browser.waitForTitleStartingWith("Mine Konti");
    }

    /** Reads Mine Konti afresh until the read side has seen the link. */
    private static void awaitWhoHasAccess(PortalBrowser browser, String name) {
        browser.waitUntil(d -> {
            browser.reload();
            return browser.text("who-has-access").contains(name);
        });
    }

    private static void awaitWhoHasAccessWithout(PortalBrowser browser, String name) {
        browser.waitUntil(d -> {
            browser.reload();
            return !browser.text("who-has-access").contains(name);
        });
    }

    private static void clickInWhoHasAccess(PortalBrowser browser, String buttonClass) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#who-has-access vaadin-button." + buttonClass))).click();
    }

    private static List<ReceivedMail> noticesTo(PortalBrowser browser, String address) {
        return browser.portal().app().mailServer().orElseThrow().mails().stream()
                .filter(mail -> mail.to().contains(address) && mail.subject().startsWith("Nogen"))
                .toList();
    }
}
