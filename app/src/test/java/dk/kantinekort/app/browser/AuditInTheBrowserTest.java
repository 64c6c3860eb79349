package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import org.junit.jupiter.api.Test;

/**
 * F17 in the browser, through the real login as the demo MitID's {@code revisor}: Christian's history read from the
 * event store with his demo deposit and balance (no other browser test changes his balance), and a ledger check
 * that passes. An ADMIN does not get Revision.
 */
@BrowserTest
class AuditInTheBrowserTest {

    @Test
    void anAuditorReadsAnAccountsHistoryAndBalanceAndRunsTheLedgerCheck(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.REVISOR);
        browser.waitForText("Kantinekort – administration", "Logget ind som revisor", "Kontohistorik");

        browser.type("history-search", DemoData.CHRISTIAN_CARD.value());
        browser.click("history-find");
        browser.waitUntil(d -> browser.text("history-table").contains("MoneyDeposited"));
        assertThat(browser.text("history-account")).contains("Christian Harms", DemoData.CHRISTIAN_CARD.value());
        assertThat(browser.text("history-table")).contains("CardAccountOpened", "65,00 kr.");
        String export = String.valueOf(browser.script("const get = new XMLHttpRequest();"
                + "get.open('GET', document.getElementById('history-export-account').href, false); get.send();"
                + "return get.status + ' ' + get.getResponseHeader('Content-Type') + '\\n' + get.responseText;"));
        assertThat(export).startsWith("200 application/x-ndjson").contains("\"type\":\"MoneyDeposited\"",
                "\"amount\":6500");

        browser.click("history-balance-show");
        browser.waitUntil(d -> browser.text("history-balance").contains(": 65,00 kr."));
        assertThat(browser.text("history-verdict")).startsWith("Hændelserne stemmer:");

        browser.click("ledger-check-run");
        browser.waitUntil(d -> browser.text("ledger-check-message").equals("Kontrollen er bestået."));
        assertThat(browser.text("ledger-check-latest")).contains("bestilt af auditor:revisor", "bestået");
    }

    @Test
    void anAdminIsRefusedRevision(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.ADMIN);

        browser.open("/backoffice/revision");

        browser.waitForText("Du har ikke adgang til denne side.");
        assertThat(browser.text()).doesNotContain("Kontohistorik", "Kør kontrol nu");
    }
}
