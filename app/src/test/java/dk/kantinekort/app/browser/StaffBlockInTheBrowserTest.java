package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 14 (4): a block staff set in Support is lifted only by staff. The card holder sees no "Aktiver kort" but
 * the municipality's text, the portal's unblock command sent anyway (as a tampered browser would) is refused by the
 * ledger, and the till still declines the card. Anna's card; staff lift the block at the end.
 */
@BrowserTest
class StaffBlockInTheBrowserTest {

    private static final TillApi.Line APPLE = new TillApi.Line("AEBLE", "Æble", 1, 100);

    @Test
    void aCardStaffBlockedInSupportCannotBeLiftedByTheCardHolderInThePortal(PortalBrowser browser) {
        AccountSummary anna = browser.portal().accountOf(DemoData.ANNA_CARD);
        String accountId = anna.accountId();

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/support");
        browser.type("support-search", DemoData.ANNA_CARD.value());
        browser.click("support-find");
        browser.waitUntil(d -> browser.text("support-account-" + accountId).contains("Anna Jensen"));
        browser.click("support-block-" + accountId);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#support-block-reason textarea")).isEmpty());
        browser.driver().findElement(By.cssSelector("#support-block-reason textarea"))
                .sendKeys("Misbrug anmeldt af skolen");
        browser.click("support-block-confirm");
        browser.waitUntil(d -> {
            AccountSummary now = browser.portal().accountOf(DemoData.ANNA_CARD);
            // "Spær kort" in Support blocks the card, not the account (decision record 21)
            return now.cardStatus() == AccountStatus.BLOCKED && now.cardBlockedBy() == BlockOrigin.STAFF
                    && now.status() == AccountStatus.ACTIVE;
        });
        browser.click("logout");
        browser.waitForPath("/login");

        browser.loggedInAs(DemoIdentities.ANNA);
        browser.open("/brugeroplysninger?konto=" + accountId);
        browser.waitForText("Kort til Anna Jensen",
                "Kortet er spærret af kommunen. Kontakt support for at få spærringen ophævet.");
        assertThat(browser.script("return document.getElementById(arguments[0]) === null",
                "profile-block-" + accountId)).as("no Aktiver kort for a staff block").isEqualTo(true);

        // the command the button would send, in Anna's name through the portal channel
        assertThatThrownBy(() -> browser.portal().commands().sendAndWait(GenericCommandMessage.asCommandMessage(
                        new UnblockCard(accountId)).andMetaData(Metadata.of(Metadata.citizen(anna.citizenId()),
                        Metadata.Channel.PORTAL, null))))
                .satisfies(failure -> assertThat(RejectedException.rejectionOf(failure).map(Rejection::code))
                        .contains(RejectionCode.CARD_BLOCKED_BY_STAFF));
        TillApi.Answer atTheTill = browser.portal().till().purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.ANNA_CARD,
                APPLE);
        assertThat(atTheTill.reason()).as(atTheTill.toString()).isEqualTo("CARD_BLOCKED");

        // staff lift it, as the other tests of this run expect Anna's card active
        browser.portal().commands().sendAndWait(GenericCommandMessage.asCommandMessage(new UnblockCard(accountId))
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
        browser.waitUntil(d -> browser.portal().accountOf(DemoData.ANNA_CARD).cardStatus() == AccountStatus.ACTIVE);
    }
}
