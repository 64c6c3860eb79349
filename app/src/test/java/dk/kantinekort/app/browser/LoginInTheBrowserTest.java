package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** F1 in real headless Chromium, through the real demo MitID login page in its own process. */
@BrowserTest
class LoginInTheBrowserTest {

    private static final String NOT_CONFIRMED =
            "CPR-nummeret passer ikke med dit MitID. Kontakt support, hvis du mener, det er en fejl.";

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

    /**
     * Issue 14.2, the attack on the real stack: ny (the demo MitID asserts CPR 010203-4567 for it) types the CPR
     * number of "Test Harms Relation", a person staff opened who has no login yet. Before the fix ny was then
     * "Logget ind som Test Harms Relation", with card, balance and payout. Now only the asserted number links,
     * and a refused number is answered the same whether it is a person's with a login, without one, or nobody's.
     */
    @Test
    void aNewIdentityTypingAnotherPersonsCprIsRefusedAndOnlyTheCprMitIdAssertsLinks(PortalBrowser browser) {
        QueryGateway queries = browser.portal().queries();
        String relation = queries.query(new FindCitizenByCpr(DemoData.RELATION_CPR), String.class).join();
        assertThat(relation).as("Test Harms Relation is in the demo data").isNotNull();

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

        submitExpecting(browser, "090909-1234", NOT_CONFIRMED); // Test Harms Relation's: opened by staff, no login
        assertThat(browser.path()).as("no way into another person's accounts by CPR number").isEqualTo("/cpr");
        assertThat(browser.text()).doesNotContain("Test Harms Relation", "Logget ind som");
        browser.open("/");
        browser.waitForPath("/cpr");
        assertThat(queries.query(new FindCitizenByIdentity(DemoIdentities.NY.subject()), String.class).join())
                .as("ny is linked to nobody").isNull();

        submitExpecting(browser, "270182-1234", NOT_CONFIRMED); // Christian Harms's: linked to the identity christian
        submitExpecting(browser, "111111-1118", NOT_CONFIRMED); // nobody's
        assertThat(browser.path()).isEqualTo("/cpr");

        browser.type("cpr", "010203-4567"); // the number the demo MitID asserts for ny
        browser.click("cpr-submit");

        browser.waitForPath("/");
        browser.waitForTitleStartingWith("Mine Konti");
        assertThat(browser.text("logged-in-as")).isEqualTo("Logget ind som Ny Borger");
        assertThat(queries.query(new FindCitizenByIdentity(DemoIdentities.NY.subject()), String.class).join())
                .as("ny is a new citizen, not Test Harms Relation").isNotNull().isNotEqualTo(relation);
        browser.open("/cpr");
        browser.waitForPath("/");
    }

    /**
     * Types a number and leaves the field, which clears an earlier message (so the same message again is a new
     * answer), then sends it and waits for this answer next to the field.
     */
    private static void submitExpecting(PortalBrowser browser, String typed, String message) {
        browser.type("cpr", typed);
        browser.press(Keys.TAB);
        browser.waitUntil(driver -> driver.findElement(By.id("cpr")).getDomAttribute("invalid") == null);
        browser.click("cpr-submit");
        browser.waitUntil(driver -> message.equals(browser.fieldError("cpr")));
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
