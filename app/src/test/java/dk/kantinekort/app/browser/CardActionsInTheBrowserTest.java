package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * F4 and F10 in the browser, with the real till API: what a citizen changes in Brugeroplysninger holds at
 * the till at once. Christian's own balance stays 65,00 kr. (Mine Konti's test reads it): the approved
 * purchase goes to Test Harms Relation's card, which Christian may act on.
 */
@BrowserTest
class CardActionsInTheBrowserTest {

    private static final TillApi.Line APPLE = new TillApi.Line("AEBLE", "Æble", 1, 100);
    private static final TillApi.Line POPCORN = new TillApi.Line("POP", "Popcorn", 1, 300);

    @Test
    void aCardBlockedInThePortalIsDeclinedAtTheTillUntilItIsActivatedAgain(PortalBrowser browser) {
        AccountSummary relation = browser.portal().accountOf(DemoData.RELATION_CARD);
        String blockButton = "profile-block-" + relation.accountId();
        TillApi till = browser.portal().till();

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.open("/brugeroplysninger?konto=" + relation.accountId());
        browser.waitForText("Kort til Test Harms Relation");
        assertThat(browser.text(blockButton)).isEqualTo("Spær kort");

        browser.click(blockButton);
        browser.waitUntil(d -> browser.text("profile-cards-message").equals("Kortet er spærret."));
        browser.waitUntil(d -> browser.text(blockButton).equals("Aktiver kort"));
        assertThat(browser.text("profile-card-" + relation.accountId())).contains("Spærret");

        TillApi.Answer whileBlocked = till.purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, APPLE);
        assertThat(whileBlocked.approved()).as(whileBlocked.toString()).isFalse();
        assertThat(whileBlocked.reason()).isEqualTo("CARD_BLOCKED");

        browser.click(blockButton);
        browser.waitUntil(d -> browser.text("profile-cards-message").equals("Kortet er aktiveret igen."));
        browser.waitUntil(d -> browser.text(blockButton).equals("Spær kort"));

        TillApi.Answer afterwards = till.purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, APPLE);
        assertThat(afterwards.approved()).as(afterwards.toString()).isTrue();
        browser.reload();
        browser.waitForText("Kort til Test Harms Relation");
        assertThat(browser.text("profile-card-" + relation.accountId())).contains("Aktiv").doesNotContain("Spærret");
    }

    @Test
    void aUnitKindUncheckedInThePortalIsRefusedAtThatKindOfTillAtOnce(PortalBrowser browser) {
        TillApi till = browser.portal().till();
        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.open("/brugeroplysninger?konto=" + browser.portal().accountOf(DemoData.CHRISTIAN_CARD).accountId());
        browser.waitForText("Kort til Christian Harms");
        assertThat(browser.checkbox("profile-units", "Biografen").getDomAttribute("checked")).isNotNull();

        browser.checkbox("profile-units", "Biografen").click();
        browser.click("profile-save");
        browser.waitUntil(d -> browser.text("profile-save-message").equals("Brugeroplysningerne er gemt."));

        TillApi.Answer atTheCinema = till.purchase(DemoData.CINEMA_TILL_TOKEN, DemoData.CHRISTIAN_CARD, POPCORN);
        assertThat(atTheCinema.approved()).as(atTheCinema.toString()).isFalse();
        assertThat(atTheCinema.reason()).isEqualTo("UNIT_NOT_ALLOWED");

        browser.reload();
        browser.waitForText("Kort til Christian Harms");
        assertThat(browser.checkbox("profile-units", "Biografen").getDomAttribute("checked"))
                .as("the change is saved, not just shown").isNull();
        assertThat(browser.checkbox("profile-units", "Skoler").getDomAttribute("checked")).isNotNull();

        // back as the demo data has it, for the other tests of this run
        browser.checkbox("profile-units", "Biografen").click();
        browser.click("profile-save");
        browser.waitUntil(d -> browser.text("profile-save-message").equals("Brugeroplysningerne er gemt."));
        browser.waitUntil(d -> browser.portal().accountOf(DemoData.CHRISTIAN_CARD).allowedUnits()
                .containsAll(EnumSet.allOf(UnitKind.class)));
    }
}
