package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Økonomi in the browser as the demo MitID's {@code admin} (issue 20): the month's books with a sale at the school
 * reconcile ("Afstemning: OK"), offer the CSV, and last month is closed with "Luk måned" (then it says so and the
 * button is gone). Writes the README's screenshot when {@code screenshots.dir} is set.
 */
@BrowserTest
class BookkeepingInTheBrowserTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void theFinanceOfficeSeesTheMonthReconciledAndClosesLastMonth(PortalBrowser browser) throws IOException {
        // a fresh account: the demo people's balances are what the other browser tests read
        EmbeddedPortal portal = browser.portal();
        CardNumber card = CardNumber.parse("OK" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Cpr cpr = Cpr.parse(String.format("%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(0, 100), random.nextInt(0, 10_000)));
        AccountOpening opened = send(portal, new OpenAccountForPerson(cpr, "Ole Økonomi", null, card,
                EnumSet.allOf(UnitKind.class)));
        send(portal, new DepositMoney(opened.accountId(), "ok-" + opened.accountId(), Money.ofOre(10_000),
                DepositMethod.CASH, "kasse"));
        TillApi.Answer sale = portal.till().purchase(DemoData.SCHOOL_TILL_TOKEN, card,
                new TillApi.Line("FROKOST", "Frokost", 1, 3_500));
        assertThat(sale.approved()).as(sale.toString()).isTrue();

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/oekonomi");
        browser.waitUntil(d -> browser.text("bookkeeping-reconciliation").startsWith("Afstemning: OK."));
        browser.waitForText("Salg ved kassen", "Gladsaxe Skole", "Dag for dag", "3010");
        assertThat(browser.text("bookkeeping-download-csv")).isEqualTo("Hent CSV");
        assertThat(browser.text("bookkeeping-status")).isEqualTo("Måneden er åben.");
        String screenshots = System.getProperty("screenshots.dir");
        if (screenshots != null && !screenshots.isBlank()) {
            browser.saveScreenshot(Path.of(screenshots).resolve("oekonomi.png"), false);
        }

        YearMonth last = YearMonth.now(ZoneId.of("Europe/Copenhagen")).minusMonths(1);
        browser.choose("bookkeeping-month", last.getMonth().getDisplayName(TextStyle.FULL, DANISH) + " "
                + last.getYear());
        browser.waitUntil(d -> browser.text("bookkeeping-reconciliation").startsWith("Afstemning: OK."));
        browser.click("bookkeeping-close");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']"))).click();
        browser.waitUntil(d -> browser.text("bookkeeping-status").startsWith("Måneden er lukket."));
        assertThat(browser.driver().findElements(By.id("bookkeeping-close"))).isEmpty();
    }

    private static <R> R send(EmbeddedPortal portal, Object command) {
        return portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
    }
}
