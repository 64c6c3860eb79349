package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.demo.DemoIdentities;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** F1 in real headless Chromium, through the real demo MitID login page in its own process. */
@BrowserTest
class LoginInTheBrowserTest {

    @Test
    void aLinkedCitizenLogsInWithMitIdAndLandsOnMineKonti(PortalBrowser browser) {
        browser.open("/");
        browser.waitForPath("/login");
        assertThat(browser.driver().findElement(By.id("login-mitid")).getText()).isEqualTo("Log på med MitID");

        browser.loggedInAs(DemoIdentities.CHRISTIAN);

        assertThat(browser.path()).isEqualTo("/");
        browser.waitForTitleStartingWith("Mine Konti");
    }

    @Test
    void aVisitorWhoReadsThePublicPagesFirstLandsOnMineKontiAfterLoggingIn(PortalBrowser browser) {
        browser.open("/hjaelp");
        browser.waitForTitleStartingWith("Hjælp");
        assertThat(browser.driver().findElement(By.id("skip-to-content")).getCssValue("position"))
                .as("the shell's stylesheet reaches visitors too: the skip link waits out of sight")
                .isEqualTo("absolute");
        browser.open("/login");
        browser.waitForPath("/login");
        browser.click("login-mitid");
        browser.submitMitIdLogin(DemoIdentities.ANNA.username(), DemoIdentities.PASSWORD);

        browser.waitUntil(d -> browser.onPortal() && browser.path().equals("/"));
        browser.waitForTitleStartingWith("Mine Konti");
    }

    @Test
    void aNewIdentityEntersItsCprNumberFirstAndABadOrTakenOneIsExplainedNextToTheField(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.NY);
        browser.waitForPath("/cpr");
        browser.waitForTitleStartingWith("Indtast CPR-nummer");
        // the only time ny sees this page in a test run: its WCAG check is here (AccessibilityInTheBrowserTest)
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Indtast CPR-nummer, WCAG 2.1 AA").isEmpty();

        browser.type("cpr", "310282-1234");
        browser.click("cpr-submit");
        assertThat(browser.fieldError("cpr")).isEqualTo("De første 6 cifre skal være en gyldig dato (ddmmåå).");
        assertThat(browser.path()).isEqualTo("/cpr");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("with the message next to the field").isEmpty();

        browser.type("cpr", "270182-1234"); // Christian Harms's: linked to the identity christian
        browser.click("cpr-submit");
        browser.waitUntil(driver -> browser.fieldError("cpr").contains("Kontakt support"));
        assertThat(browser.fieldError("cpr")).startsWith("CPR-nummeret er allerede knyttet til et andet MitID.");
        assertThat(browser.path()).as("no way into another person's accounts by CPR number").isEqualTo("/cpr");

        browser.type("cpr", "010203-4567");
        browser.click("cpr-submit");

        browser.waitForPath("/");
        browser.waitForTitleStartingWith("Mine Konti");
        browser.open("/cpr");
        browser.waitForPath("/");
    }

    @Test
    void loggingOutEndsThePortalSessionAndTheMitIdSession(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.ANNA);

        browser.click("logout");

        browser.waitForPath("/login");
        browser.open("/");
        browser.waitForPath("/login");
        browser.click("login-mitid");
        browser.waitUntil(driver -> "MitID (demo)".equals(driver.getTitle()));
        assertThat(browser.onPortal()).as("MitID asks again: its session ended too").isFalse();
    }
}
