package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA in the browser: the main pages pass Deque's axe-core without serious or critical violations
 * (the CPR page is checked on the first login of ny, {@link LoginInTheBrowserTest}), and the keyboard alone
 * gets a citizen in, past the header and through a form.
 */
@BrowserTest
class AccessibilityInTheBrowserTest {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void theMainPagesHaveNoSeriousOrCriticalWcag21AaViolations(PortalBrowser browser) {
        // a statement with a purchase line and a declined attempt, so that Kontoudskrift shows all its tables
        TillApi till = browser.portal().till();
        till.purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, new TillApi.Line("AEBLE", "Æble", 1, 100));
        till.purchase(DemoData.CINEMA_TILL_TOKEN, DemoData.RELATION_CARD, new TillApi.Line("POP", "Popcorn", 1, 300));
        String relation = browser.portal().accountOf(DemoData.RELATION_CARD).accountId();
        browser.portal().awaitStatement(relation, rows -> rows.stream().anyMatch(row -> row.declineReason() != null)
                && rows.stream().anyMatch(row -> row.lines() != null && !row.lines().isEmpty()));
        Map<String, List<String>> violations = new LinkedHashMap<>();

        for (String publicPage : List.of("/login", "/hjaelp", "/betingelser", "/tilgaengelighed")) {
            browser.open(publicPage);
            browser.waitForPath(publicPage);
            check(browser, "visitor " + publicPage, violations);
        }
        browser.open("/login");
        browser.click("login-mitid");
        browser.waitUntil(d -> "MitID (demo)".equals(d.getTitle()));
        check(browser, "MitID (demo)", violations);
        browser.submitMitIdLogin(DemoIdentities.CHRISTIAN.username(), DemoIdentities.PASSWORD);
        browser.waitForPath("/");

        browser.waitForText("Christian Harms (Dig selv)");
        MyAccountsInTheBrowserTest.expandEveryPerson(browser);
        check(browser, "Mine Konti", violations);
        for (String page : List.of("/brugeroplysninger", "/kontoudskrift?konto=" + relation, "/tilfoej-konto",
                "/godkend-tilknytninger", "/indbetaling", "/indbetaling?fane=optankning", "/indbetaling?fane=udbetaling",
                "/hjaelp", "/betingelser", "/tilgaengelighed")) {
            browser.open(page);
            browser.waitForPath(page.replaceFirst("\\?.*", ""));
            check(browser, "christian " + page, violations);
        }

        browser.open("/tilfoej-konto");
        browser.click("next"); // empty fields: the messages next to them
        browser.waitUntil(d -> d.findElement(By.id("cpr")).getDomAttribute("invalid") != null);
        check(browser, "Tilføj konto with messages", violations);

        browser.open("/brugeroplysninger");
        browser.type("profile-email", "ikke en e-mail"); // refused next to the field, nothing is saved
        browser.click("profile-save");
        browser.waitUntil(d -> d.findElement(By.id("profile-email")).getDomAttribute("invalid") != null);
        check(browser, "Brugeroplysninger with a message", violations);

        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations per page").isEmpty();
    }

    @Test
    void theKeyboardAloneLogsInReachesTheSkipLinkAndTheMenuAndSendsAForm(PortalBrowser browser) {
        browser.open("/login");
        browser.waitForPath("/login");
        browser.tabUntil(focused -> browser.isIn(focused, "login-mitid"), 10);
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> "MitID (demo)".equals(d.getTitle()));
        browser.waitUntil(d -> "username".equals(d.switchTo().activeElement().getDomAttribute("name")));
        browser.press(DemoIdentities.ANNA.username(), Keys.TAB, DemoIdentities.PASSWORD, Keys.ENTER);
        browser.waitForPath("/");
        browser.waitForTitleStartingWith("Mine Konti");

        WebElement first = browser.tabUntil(focused -> true, 1);
        assertThat(PortalBrowser.describe(first)).as("the first Tab reaches the skip link").isEqualTo("vaadin-button#skip-to-content");
        assertThat(first.isDisplayed()).as("the skip link shows when it has the focus").isTrue();
        browser.press(Keys.ENTER);
        assertThat(PortalBrowser.describe(browser.driver().switchTo().activeElement())).isEqualTo("main#main-content");
        WebElement inMain = browser.tabUntil(focused -> true, 1);
        assertThat((Boolean) browser.script("return arguments[0].closest('main') !== null", inMain))
                .as("after the skip link, Tab goes on inside the page, past the header").isTrue();

        browser.open("/");
        browser.tabUntil(focused -> browser.isIn(focused, "menu-kontoudskrift"), 15);
        browser.press(Keys.ENTER);
        browser.waitForPath("/kontoudskrift");
        browser.waitForText("Konto: Kantinekort – Anna Jensen");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String start = DANISH_DATE.format(today.minusDays(7));
        // the default report takes the focus when the page opens; Tab goes on through its rows (each purchase has its
        // Indsigelse button, the charts' tables follow) and comes round to the form
        browser.tabUntil(focused -> browser.isIn(focused, "statement-start"), 80);
        // Enter takes the typed date; a Tab would first walk through the calendar that typing opened
        browser.selectAll();
        browser.press(start, Keys.ENTER);
        browser.tabUntil(focused -> browser.isIn(focused, "statement-show"), 5);
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> browser.text("statement-period").equals(
                "Periode: " + start + " til " + DANISH_DATE.format(today)));
        assertThat(PortalBrowser.describe(browser.driver().switchTo().activeElement()))
                .as("the report takes the focus, so it is read out").isEqualTo("h3#statement-report-heading");
    }

    private static void check(PortalBrowser browser, String page, Map<String, List<String>> violations) {
        List<String> found = new ArrayList<>(WcagCheck.seriousViolations(browser.driver()));
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }
}
