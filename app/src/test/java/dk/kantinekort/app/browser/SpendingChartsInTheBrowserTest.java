package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Forbrug in the browser: the charts' numbers on Kontoudskrift and the balance over time on Mine Konti. */
@BrowserTest
class SpendingChartsInTheBrowserTest {

    @Test
    void kontoudskriftShowsSpendingPerPlaceAndCategoryAndMineKontiTheBalanceAtTheEndOfToday(PortalBrowser browser) {
        OwnAccount child = OwnAccount.linkedTo(browser.portal(), DemoIdentities.CHRISTIAN, Money.ofKroner(65));
        TillApi till = browser.portal().till();
        assertThat(till.purchase(DemoData.SCHOOL_TILL_TOKEN, child.card(),
                new TillApi.Line("FROKOST", "Frokost", 1, 2_500, "MAALTID"),
                new TillApi.Line("COLA", "Cola", 2, 1_000, "SODAVAND")).approved()).isTrue();
        browser.portal().awaitStatement(child.accountId(),
                rows -> rows.stream().anyMatch(row -> row.type() == StatementRowType.PURCHASE));

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.open("/kontoudskrift?konto=" + child.accountId());
        browser.waitUntil(d -> !d.findElements(By.id("spending-category-table")).isEmpty());
        assertThat(browser.text("spending-place-table")).contains("Gladsaxe Skole", "45,00 kr.");
        assertThat(browser.text("spending-category-table")).contains("Måltider", "25,00 kr.", "Sodavand", "20,00 kr.");
        assertThat(browser.driver().findElements(By.cssSelector("#spending svg rect.bar"))).hasSizeGreaterThanOrEqualTo(4);

        browser.open("/");
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#accounts vaadin-button.balance")).isEmpty());
        MyAccountsInTheBrowserTest.expandEveryPerson(browser);
        browser.driver().findElements(By.cssSelector("#accounts vaadin-button.balance")).stream()
                .filter(button -> button.getDomAttribute("aria-label").contains(child.card().value().substring(0, 8)))
                .findFirst().orElseThrow().click();
        browser.waitUntil(d -> !d.findElements(By.id("balance-table")).isEmpty());
        assertThat(browser.text("balance-table")).as("today, the newest day, first").contains("20,00 kr.");
        assertThat(browser.driver().findElements(By.cssSelector("#balance-chart polyline.balance"))).hasSize(1);
    }
}
