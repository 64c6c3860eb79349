package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** F2 in the browser: every account the citizen may act on, balances, masked CPR numbers, "Vælg konto". */
@BrowserTest
class MyAccountsInTheBrowserTest {

    /** Christian Harms's and Test Harms Relation's CPR numbers in full, with or without the hyphen. */
    private static final Pattern FULL_CPR = Pattern.compile("(270182|090915)-?\\d{4}");

    @Test
    void christianSeesHisOwnAndTheLinkedAccountWithBalancesAndOnlyMaskedCprNumbers(PortalBrowser browser) {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitForText("Christian Harms (Dig selv)", "Test Harms Relation");
        expandEveryPerson(browser);
        browser.waitForText(DemoData.CHRISTIAN_CARD.value(), DemoData.RELATION_CARD.value());

        List<String> christian = row(browser, "Christian Harms (Dig selv)");
        assertThat(christian).contains("270182-", "65,00 kr.", "Aktiv");
        assertThat(row(browser, "Test Harms Relation"))
                .contains("090915-", DanishFormat.money(relation.balance()), "Aktiv");
        assertThat(row(browser, "Kantinekort " + DemoData.CHRISTIAN_CARD.value()))
                .as("the card account beneath its holder").contains("65,00 kr.");
        assertThat(FULL_CPR.matcher(browser.text()).find()).as("no full CPR number in the page's text").isFalse();
        assertThat(FULL_CPR.matcher(browser.driver().getPageSource()).find())
                .as("no full CPR number anywhere in the page").isFalse();
    }

    @Test
    void vaelgKontoMakesTheChosenAccountTheOneThePagesShow(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        assertThat(browser.text("account-switcher")).contains("Christian Harms");

        browser.choose("account-switcher", "Test Harms Relation");
        browser.waitUntil(d -> browser.text("account-switcher").contains("Test Harms Relation"));

        browser.click("menu-brugeroplysninger");
        browser.waitForPath("/brugeroplysninger");
        browser.waitForText("Kort til Test Harms Relation", DemoData.RELATION_CARD.value());
        assertThat(browser.text("profile-cards")).doesNotContain(DemoData.CHRISTIAN_CARD.value());

        browser.click("menu-kontoudskrift");
        browser.waitForPath("/kontoudskrift");
        browser.waitUntil(d -> browser.text("statement-account").contains("Test Harms Relation"));

        browser.choose("account-switcher", "Christian Harms");
        browser.waitUntil(d -> browser.text("statement-account").contains("Christian Harms"));
        assertThat(browser.path()).isEqualTo("/kontoudskrift");
    }

    /**
     * Unfolds the people of Mine Konti to their card accounts, one at a time. The grid reuses its row elements
     * while it renders the rows beneath, so each toggle is found and clicked in one step, and the next only
     * after the rows of the last one are shown.
     */
    static void expandEveryPerson(PortalBrowser browser) {
        for (int people = 0; people < 10; people++) {
            long rowsBefore = rowsShown(browser);
            Object person = browser.script("""
                    const toggle = Array.from(document.querySelectorAll('#accounts vaadin-grid-tree-toggle'))
                        .find(t => !t.expanded && !t.leaf && t.offsetParent !== null);
                    if (!toggle) return null;
                    toggle.click();
                    return toggle.textContent.trim();
                    """);
            if (person == null) {
                return;
            }
            browser.waitUntil(d -> rowsShown(browser) > rowsBefore && Boolean.TRUE.equals(browser.script("""
                    return !document.getElementById('accounts').hasAttribute('loading')
                        && Array.from(document.querySelectorAll('#accounts vaadin-grid-tree-toggle'))
                            .some(t => t.expanded && t.textContent.trim() === arguments[0]);
                    """, person)));
        }
    }

    private static long rowsShown(PortalBrowser browser) {
        return (Long) browser.script("""
                return Array.from(document.querySelectorAll('#accounts vaadin-grid-tree-toggle'))
                    .filter(t => t.offsetParent !== null && t.textContent.trim() !== '').length;
                """);
    }

    /** The texts of the grid row whose first cell is this name (the grid renders cells in the light DOM). */
    @SuppressWarnings("unchecked")
    private static List<String> row(PortalBrowser browser, String name) {
        return (List<String>) browser.script("""
                const grid = document.getElementById('accounts');
                const rows = grid.shadowRoot.querySelectorAll('tbody#items tr');
                for (const row of rows) {
                  const texts = Array.from(row.querySelectorAll('td slot')).map(slot =>
                      slot.assignedElements().map(e => e.innerText.trim()).join(' '));
                  if (texts.length && texts[0] === arguments[0]) return texts;
                }
                return [];
                """, name);
    }
}
