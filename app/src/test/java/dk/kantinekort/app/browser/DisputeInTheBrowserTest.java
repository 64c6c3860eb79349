package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.FindDisputesOfAccount;
import dk.kantinekort.api.dispute.ListDisputes;
import dk.kantinekort.api.dispute.OpenDispute;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Indsigelse in the browser: Christian disputes a purchase on his child's card from Kontoudskrift and later sees
 * staff's refund beneath the row; staff refuse a dispute in the back office's Indsigelser.
 */
@BrowserTest
class DisputeInTheBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final TillApi.Line YOGHURT = new TillApi.Line("YOG", "Yoghurt", 1, 250);

    @Test
    void aParentDisputesAPurchaseOnKontoudskriftAndSeesTheRefundBeneathIt(PortalBrowser browser) {
        EmbeddedPortal portal = browser.portal();
        AccountSummary relation = portal.accountOf(DemoData.RELATION_CARD);
        assertThat(portal.till().purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, YOGHURT).approved())
                .isTrue();
        StatementRow bought = latestPurchase(portal, relation);

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.open("/kontoudskrift?konto=" + relation.accountId());
        browser.waitForText("Test Harms Relation", "Yoghurt");
        // the newest row's button: rows are in time order
        browser.script("const b = document.querySelectorAll('vaadin-button.dispute-open'); b[b.length - 1].click();");
        browser.waitForText("Gør indsigelse");
        typeInto(browser, "dispute-text", "Min søn har ikke købt yoghurt");
        browser.click("dispute-send");
        browser.waitForText("Indsigelse: under behandling");

        String disputeId = OpenDispute.idFor(relation.accountId(), bought.id());
        await().atMost(PATIENCE).until(() -> disputeOf(portal, relation, bought.id()), d -> d != null);
        portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(new RefundDispute(disputeId,
                Money.ofOre(250))).andMetaData(Metadata.of(Metadata.admin("test"), Metadata.Channel.ADMIN_API, null)));
        await().atMost(PATIENCE).until(() -> disputeOf(portal, relation, bought.id()).state(),
                DisputeState.REFUNDED::equals);

        browser.reload();
        browser.waitForText("Indsigelse godkendt: 2,50 kr. er ført tilbage", "Refusion (indsigelse)");
    }

    @Test
    void staffRefuseADisputeInIndsigelser(PortalBrowser browser) {
        EmbeddedPortal portal = browser.portal();
        AccountSummary relation = portal.accountOf(DemoData.RELATION_CARD);
        assertThat(portal.till().purchase(DemoData.SCHOOL_TILL_TOKEN, DemoData.RELATION_CARD, YOGHURT).approved())
                .isTrue();
        StatementRow bought = latestPurchase(portal, relation);
        String christian = await().atMost(PATIENCE).until(() -> portal.queries().query(
                new FindCitizenByIdentity(DemoIdentities.CHRISTIAN.subject()), String.class).join(), id -> id != null);
        String disputeId = OpenDispute.idFor(relation.accountId(), bought.id());
        portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(new OpenDispute(disputeId,
                        relation.accountId(), bought.id(), bought.type(), bought.amount(), bought.at(), "Dobbelt købt"))
                .andMetaData(Metadata.of(Metadata.citizen(christian), Metadata.Channel.PORTAL, null)));
        await().atMost(PATIENCE).until(() -> portal.queries().query(new ListDisputes(DisputeState.OPEN),
                        ResponseTypes.multipleInstancesOf(DisputeView.class)).join().stream()
                .anyMatch(d -> d.disputeId().equals(disputeId)));

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Logget ind som admin");
        browser.open("/backoffice/indsigelser");
        browser.waitForText("Test Harms Relation", "Dobbelt købt");
        browser.click("dispute-" + disputeId + "-reject");
        typeInto(browser, "dispute-reject-reason", "Der er kun ét køb den dag");
        browser.click("dispute-reject-confirm");
        browser.waitUntil(d -> browser.text("disputes-message").equals("Indsigelsen er afvist."));
        await().atMost(PATIENCE).until(() -> disputeOf(portal, relation, bought.id()).state(),
                DisputeState.REJECTED::equals);
        assertThat(disputeOf(portal, relation, bought.id()).rejectionReason()).isEqualTo("Der er kun ét køb den dag");
    }

    /** Types into a Vaadin text area (its native textarea; PortalBrowser.type is for text fields). */
    private static void typeInto(PortalBrowser browser, String areaId, String text) {
        WebElement area = new WebDriverWait(browser.driver(), PATIENCE).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + areaId + " textarea")));
        area.sendKeys(text);
    }

    private static StatementRow latestPurchase(EmbeddedPortal portal, AccountSummary account) {
        return await().atMost(PATIENCE).until(() -> {
            Statement statement = portal.queries().query(new FindStatement(account.accountId(),
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1))),
                    Statement.class).join();
            List<StatementRow> purchases = statement.rows().stream()
                    .filter(r -> r.type() == StatementRowType.PURCHASE && r.amount().equals(Money.ofOre(-250)))
                    .toList();
            return purchases.isEmpty() ? null : purchases.get(purchases.size() - 1);
        }, r -> r != null && disputeOf(portal, account, r.id()) == null);
    }

    private static DisputeView disputeOf(EmbeddedPortal portal, AccountSummary account, String rowReference) {
        return portal.queries().query(new FindDisputesOfAccount(account.accountId()),
                        ResponseTypes.multipleInstancesOf(DisputeView.class)).join().stream()
                .filter(d -> d.rowReference().equals(rowReference)).findFirst().orElse(null);
    }
}
