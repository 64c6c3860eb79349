package dk.kantinekort.app.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.dispute.DisputeOpened;
import dk.kantinekort.api.dispute.DisputeState;
import dk.kantinekort.api.dispute.DisputeView;
import dk.kantinekort.api.dispute.FindDisputesOfAccount;
import dk.kantinekort.api.dispute.ListDisputes;
import dk.kantinekort.api.dispute.OpenDispute;
import dk.kantinekort.api.dispute.RefundDispute;
import dk.kantinekort.api.dispute.RejectDispute;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mail.ReceivedMail;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Indsigelse against the whole embedded default: a parent disputes a till purchase on the child's card, staff refund
 * it or refuse it, the card and the statement show the refund, and the parent gets the answer by mail.
 */
class DisputesEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static CommandGateway commands;
    static QueryGateway queries;

    @BeforeAll
    static void start() {
        commands = running.app().core().getBean(CommandGateway.class);
        queries = running.app().core().getBean(QueryGateway.class);
    }

    @Test
    void aDisputedPurchaseRefundedByStaffGoesBackOntoTheCardAndTheDisputerIsMailed() throws Exception {
        Disputed disputed = christianDisputesAPurchaseOnTheChildsCard(300, "Min søn købte ikke noget den dag");
        String disputeId = disputed.disputeId();
        Money before = account(DemoData.RELATION_CARD).balance();
        DisputeView open = await().atMost(WAIT).until(() -> waitingDispute(disputeId), d -> d != null);
        assertThat(open.text()).isEqualTo("Min søn købte ikke noget den dag");
        assertThat(open.rowAmount()).isEqualTo(Money.ofOre(-300));
        assertThat(running.app().core().getBean(EventStore.class).readEvents(disputeId).asStream()
                .map(e -> e.getPayload()).filter(DisputeOpened.class::isInstance).map(DisputeOpened.class::cast)
                .findFirst().orElseThrow().text().ciphertext())
                .as("the citizen's words are sealed").doesNotContain("købte");

        asStaff(new RefundDispute(disputeId, Money.ofOre(300)));

        await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD).balance(),
                before.plus(Money.ofOre(300))::equals);
        assertThat(await().atMost(WAIT).until(() -> disputeOf(disputed),
                d -> d != null && d.state() == DisputeState.REFUNDED).refunded()).isEqualTo(Money.ofOre(300));
        assertThat(await().atMost(WAIT).until(() -> rows(disputed.account()), rows -> rows.stream()
                .anyMatch(r -> r.type() == StatementRowType.DISPUTE_REFUND && disputeId.equals(r.id()))))
                .filteredOn(r -> disputeId.equals(r.id())).extracting(r -> r.amount().ore()).containsExactly(300L);
        ReceivedMail mail = awaitMail("Din indsigelse er godkendt");
        assertThat(mail.to()).isEqualTo("christian.harms@example.dk");
        assertThat(mail.text()).contains("3,00 kr. er ført tilbage");
    }

    @Test
    void aRefusedDisputeTellsTheDisputerWhyAndMovesNoMoney() throws Exception {
        Disputed disputed = christianDisputesAPurchaseOnTheChildsCard(200, "Forkert pris");
        String disputeId = disputed.disputeId();
        await().atMost(WAIT).until(() -> waitingDispute(disputeId), d -> d != null);
        Money before = account(DemoData.RELATION_CARD).balance();

        asStaff(new RejectDispute(disputeId, "Prisen var 2,00 kr. den dag"));

        DisputeView refused = await().atMost(WAIT).until(() -> disputeOf(disputed),
                d -> d != null && d.state() == DisputeState.REJECTED);
        assertThat(refused.rejectionReason()).isEqualTo("Prisen var 2,00 kr. den dag");
        ReceivedMail mail = awaitMail("Din indsigelse er afvist");
        assertThat(mail.text()).contains("Begrundelse: Prisen var 2,00 kr. den dag");
        assertThat(account(DemoData.RELATION_CARD).balance()).isEqualTo(before);
    }

    @Test
    void throughTheAdminApiStaffFindTheOpenDisputeAndAnswerItOnce() throws Exception {
        String disputeId = christianDisputesAPurchaseOnTheChildsCard(150, "Dobbelt trukket").disputeId();
        await().atMost(WAIT).until(() -> adminApi("GET", "/api/v1/admin/disputes?state=OPEN", null).body(),
                body -> body.contains(disputeId) && body.contains("Dobbelt trukket"));

        HttpResponse<String> refused = adminApi("POST", "/api/v1/admin/disputes/" + disputeId + "/rejection",
                "{\"reason\":\"Kun trukket én gang\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        HttpResponse<String> again = adminApi("POST", "/api/v1/admin/disputes/" + disputeId + "/refund",
                "{\"amount\":150}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("DISPUTE_CLOSED");
        await().atMost(WAIT).until(() -> adminApi("GET", "/api/v1/admin/disputes?state=REJECTED", null).body(),
                body -> body.contains(disputeId) && body.contains("Kun trukket én gang"));
    }

    private static HttpResponse<String> adminApi(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer demo-admin")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A dispute Christian opened, with these words, on a till purchase of this many øre on his child's card. */
    private Disputed christianDisputesAPurchaseOnTheChildsCard(long ore, String words) throws Exception {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary relation = awaitAccount(DemoData.RELATION_CARD);
        StatementRow bought = purchaseRow(relation, ore);
        String disputeId = OpenDispute.idFor(relation.accountId(), bought.id());
        asCitizen(christian, new OpenDispute(disputeId, relation.accountId(), bought.id(), bought.type(),
                bought.amount(), bought.at(), words));
        return new Disputed(disputeId, relation, bought);
    }

    private record Disputed(String disputeId, AccountSummary account, StatementRow purchase) {
    }

    private StatementRow purchaseRow(AccountSummary account, long ore) throws Exception {
        String purchaseId = UUID.randomUUID().toString();
        HttpResponse<String> response = purchase(DemoData.RELATION_CARD, purchaseId, ore);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String charged = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())
                .path("purchaseId").asText(purchaseId);
        return await().atMost(WAIT).until(() -> rows(account).stream()
                .filter(r -> r.type() == StatementRowType.PURCHASE && r.id().equals(charged)).findFirst()
                .orElse(null), r -> r != null);
    }

    private static DisputeView waitingDispute(String disputeId) {
        return queries.query(new ListDisputes(DisputeState.OPEN), ResponseTypes.multipleInstancesOf(DisputeView.class))
                .join().stream().filter(d -> d.disputeId().equals(disputeId)).findFirst().orElse(null);
    }

    private static DisputeView disputeOf(Disputed disputed) {
        return queries.query(new FindDisputesOfAccount(disputed.account().accountId()),
                        ResponseTypes.multipleInstancesOf(DisputeView.class)).join().stream()
                .filter(d -> d.rowReference().equals(disputed.purchase().id())).findFirst().orElse(null);
    }

    private static List<StatementRow> rows(AccountSummary account) {
        return queries.query(new FindStatement(account.accountId(), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1))), dk.kantinekort.api.statement.Statement.class).join().rows();
    }

    private static ReceivedMail awaitMail(String subject) {
        return await().atMost(WAIT).until(() -> running.app().mailServer().orElseThrow().mails().stream()
                .filter(m -> m.subject().equals(subject)).findFirst().orElse(null), m -> m != null);
    }

    private static String citizenOf(String subject) {
        return await().atMost(WAIT).until(() -> queries.query(new FindCitizenByIdentity(subject), String.class).join(),
                id -> id != null);
    }

    private static void asCitizen(String citizenId, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static void asStaff(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("test"), Metadata.Channel.ADMIN_API, null)));
    }

    private HttpResponse<String> purchase(CardNumber card, String key, long ore) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(card.value(), ore, ore);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + running.app().posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static AccountSummary account(CardNumber card) {
        return queries.query(new FindAccountByCard(card), AccountSummary.class).join();
    }

    private static AccountSummary awaitAccount(CardNumber card) {
        return await().atMost(WAIT).until(() -> account(card), a -> a != null);
    }
}
