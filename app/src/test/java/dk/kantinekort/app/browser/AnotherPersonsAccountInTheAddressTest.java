package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portal's security rule in the browser: an account id in the address that the citizen may not act on
 * shows the citizen's own data with a notice, and nothing of the other person; not even whether the account
 * exists. Anna Jensen has no link to the Harms accounts.
 */
@BrowserTest
class AnotherPersonsAccountInTheAddressTest {

    /** What Anna must never see: the Harms people's names, card numbers, balances and CPR beginnings. */
    private static final List<String> HARMS = List.of("Christian Harms", "Test Harms Relation", "Harms",
            DemoData.CHRISTIAN_CARD.value(), DemoData.RELATION_CARD.value(), "65,00", "270182", "090915");

    @Test
    void annaSeesHerOwnDetailsAndStatementAndANoticeWhenTheAddressNamesAHarmsAccount(PortalBrowser browser) {
        List<String> harmsAccounts = List.of(accountId(browser, DemoData.CHRISTIAN_CARD),
                accountId(browser, DemoData.RELATION_CARD));
        browser.loggedInAs(DemoIdentities.ANNA);

        for (String accountId : harmsAccounts) {
            browser.open("/brugeroplysninger?konto=" + accountId);
            browser.waitForText("Kort til Anna Jensen", DemoData.ANNA_CARD.value());
            assertThat(browser.text("profile-konto-ignored"))
                    .isEqualTo("Den ønskede konto kan ikke vises. Du ser i stedet oplysningerne for den valgte konto.");
            assertNothingOfTheHarmsAccounts(browser);

            browser.open("/kontoudskrift?konto=" + accountId);
            browser.waitForText("Konto: Kantinekort – Anna Jensen");
            assertThat(browser.text("statement-notice"))
                    .isEqualTo("Den valgte konto kan ikke vises. Vælg en af de konti, du har adgang til.");
            assertNothingOfTheHarmsAccounts(browser);
        }
    }

    private static void assertNothingOfTheHarmsAccounts(PortalBrowser browser) {
        String shown = browser.text();
        String page = browser.driver().getPageSource();
        for (String secret : HARMS) {
            assertThat(shown).as("the page's text on " + browser.path()).doesNotContain(secret);
            assertThat(page).as("the page's source on " + browser.path()).doesNotContain(secret);
        }
    }

    private static String accountId(PortalBrowser browser, CardNumber card) {
        return browser.portal().accountOf(card).accountId();
    }
}
