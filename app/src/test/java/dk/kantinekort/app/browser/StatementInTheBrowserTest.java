package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** F9 and F12 in the browser: what happened at the tills, as the citizen reads it in Kontoudskrift. */
@BrowserTest
class StatementInTheBrowserTest {

    @Test
    void kontoudskriftShowsThePurchaseLinesBeneathAPurchaseAndTheDeclinedAttemptsWithTheirReasons(PortalBrowser browser) {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        TillApi till = browser.portal().till();
        TillApi.Answer bought = till.purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD,
                new TillApi.Line("OST", "Ostehaps", 1, 300));
        assertThat(bought.approved()).as(bought.toString()).isTrue();
        TillApi.Answer declined = till.purchase(DemoData.CINEMA_TILL_TOKEN, DemoData.RELATION_CARD,
                new TillApi.Line("POP", "Popcorn", 1, 300));
        assertThat(declined.reason()).as("Test Harms Relation's card is for schools only").isEqualTo("UNIT_NOT_ALLOWED");
        browser.portal().awaitStatement(relation.accountId(), rows -> rows.stream().anyMatch(
                row -> row.type() == StatementRowType.PURCHASE && row.at().isAfter(before) && row.lines() != null
                        && row.lines().stream().anyMatch(line -> "Ostehaps".equals(line.name())))
                && rows.stream().anyMatch(row -> row.declineReason() == DeclineReason.UNIT_NOT_ALLOWED
                        && row.at().isAfter(before)));

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.driver().findElements(By.cssSelector("#accounts vaadin-button.activities")).stream()
                .filter(button -> button.getDomAttribute("aria-label").contains("Test Harms Relation"))
                .findFirst().orElseThrow().click();
        browser.waitForPath("/kontoudskrift");
        browser.waitForText("Konto: Kantinekort – Test Harms Relation");

        assertThat(purchaseAbove(browser, "1x Ostehaps 3,00"))
                .as("the line is beneath its purchase").contains("Hævet", "-3,00 kr.");
        assertThat(browser.text("statement-declined-rows"))
                .contains("Gladsaxe Bio", "Kortet må ikke benyttes på denne enhed");
        assertThat(browser.text("statement-advice"))
                .contains("Kortet må ikke benyttes på denne enhed: Kontroller, under fanen \"Brugeroplysninger\"");
    }

    @Test
    void kontoudskriftOpenedWithKontoForALinkedPersonMovesVaelgKontoToThatPerson(PortalBrowser browser) {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        assertThat(browser.text("account-switcher")).contains("Christian Harms");

        browser.open("/kontoudskrift?konto=" + relation.accountId());
        browser.waitForText("Konto: Kantinekort – Test Harms Relation");
        browser.waitUntil(d -> browser.text("account-switcher").contains("Test Harms Relation"));
    }

    /** The text of the movement row nearest above the detail row with this text (in Kontoudtog's table). */
    private static String purchaseAbove(PortalBrowser browser, String lineText) {
        return String.valueOf(browser.script("""
                const line = Array.from(document.querySelectorAll('#statement-rows tr.statement-line'))
                    .find(row => row.innerText.trim() === arguments[0]);
                let row = line ? line.previousElementSibling : null;
                while (row && !row.classList.contains('statement-entry')) row = row.previousElementSibling;
                return row ? row.innerText : 'no row with ' + arguments[0];
                """, lineText));
    }
}
