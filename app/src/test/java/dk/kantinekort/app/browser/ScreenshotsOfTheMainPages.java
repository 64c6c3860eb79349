package dk.kantinekort.app.browser;

import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * Writes the README's screenshots of the main pages (docs/screenshots), when asked to:
 * {@code mvn -pl app -am test -Dtest=ScreenshotsOfTheMainPages -Dsurefire.failIfNoSpecifiedTests=false
 * -Dscreenshots.dir=$PWD/docs/screenshots}. Not part of a normal build, which must not change the working tree.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ScreenshotsOfTheMainPages {

    @Test
    void ofTheMainPages(PortalBrowser browser) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir"));
        // a purchase with its line and a declined attempt, as the guide's Kontoudskrift shows them
        TillApi till = browser.portal().till();
        till.purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, new TillApi.Line("OST", "Ostehaps", 1, 300),
                new TillApi.Line("MAELK", "Mælk", 1, 500));
        till.purchase(DemoData.CINEMA_TILL_TOKEN, DemoData.RELATION_CARD, new TillApi.Line("POP", "Popcorn", 1, 300));
        String relation = browser.portal().accountOf(DemoData.RELATION_CARD).accountId();
        browser.portal().awaitStatement(relation, rows -> rows.stream().anyMatch(row -> row.declineReason() != null)
                && rows.stream().anyMatch(row -> row.lines() != null && !row.lines().isEmpty()));

        browser.open("/login");
        browser.waitForPath("/login");
        browser.saveScreenshot(dir.resolve("login.png"), false);
        browser.click("login-mitid");
        browser.waitUntil(d -> "MitID (demo)".equals(d.getTitle()));
        browser.saveScreenshot(dir.resolve("mitid-demo-login.png"), false);
        browser.submitMitIdLogin(DemoIdentities.CHRISTIAN.username(), DemoIdentities.PASSWORD);
        browser.waitForPath("/");
        browser.waitForText("Christian Harms (Dig selv)");
        MyAccountsInTheBrowserTest.expandEveryPerson(browser);
        browser.saveScreenshot(dir.resolve("mine-konti.png"), false);

        browser.open("/brugeroplysninger");
        browser.waitForText("Kort til Christian Harms");
        browser.saveScreenshot(dir.resolve("brugeroplysninger.png"), true);

        browser.open("/kontoudskrift?konto=" + relation);
        browser.waitForText("1x Ostehaps 3,00", "Afviste køb");
        browser.saveScreenshot(dir.resolve("kontoudskrift.png"), true);

        browser.open("/tilfoej-konto");
        browser.waitForPath("/tilfoej-konto");
        browser.saveScreenshot(dir.resolve("tilfoej-konto.png"), false);

        browser.open("/hjaelp");
        browser.waitForPath("/hjaelp");
        browser.saveScreenshot(dir.resolve("hjaelp.png"), false); // the support contact and the first questions

        browser.open("/indbetaling");
        browser.waitForText("Beløb der ønskes indbetalt");
        browser.type("deposit-amount", "100");
        browser.press(org.openqa.selenium.Keys.TAB);
        browser.waitUntil(d -> browser.text("deposit-fee").contains(","));
        browser.saveScreenshot(dir.resolve("indbetaling.png"), false);

        browser.open("/abonnementer");
        browser.waitForText("Frugtordning", "45,00 kr. pr. uge");
        browser.saveScreenshot(dir.resolve("abonnementer.png"), false);

        browser.open("/webshop");
        browser.waitForText("Frokost mandag–fredag uge", "35,00 kr. pr. levering");
        browser.driver().findElement(By.cssSelector("vaadin-button[id^='product-frokost-'][id$='-add']")).click();
        browser.waitUntil(d -> browser.text("basket-total").equals("I alt: 175,00 kr."));
        browser.saveScreenshot(dir.resolve("webshop.png"), true);
    }
}
