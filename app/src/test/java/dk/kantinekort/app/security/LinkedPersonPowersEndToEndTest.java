package dk.kantinekort.app.security;

import dk.kantinekort.app.AppWithoutLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindPendingCardReplacement;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.payment.FindPayout;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.embedded.mail.ReceivedMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Issue 14 (3, 4): what a person linked to an account owner can do with the owner's account, tried against the whole
 * embedded default (ledger, read side, till API over HTTP, SMTP). Commands are sent as the portal sends them (actor
 * {@code citizen:<id>}, channel PORTAL), i.e. as a tampered browser could send them whatever the page shows. Demo
 * data: Christian is linked to "Test Harms Relation" (a minor, card 04579A22352680); Anna is on her own.
 */
class LinkedPersonPowersEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static CommandGateway commands;
    static QueryGateway queries;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        commands = running.app().core().getBean(CommandGateway.class);
        queries = running.app().core().getBean(QueryGateway.class);
    }

    @Test
    void aLinkedPersonsChangeOfAddressAndEmailIsMailedToTheOwnersOldEmailAndTheOwnersOwnChangeIsNot() {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        String relation = awaitAccount(DemoData.RELATION_CARD).citizenId();

        // the owner changes their own details: nothing to tell them
        asCitizen(relation, new ChangeContactDetails(relation, new ContactDetails("Test Harms Relation",
                "relation@example.dk", "Søborg Hovedgade 9", "2860", "Søborg", null, null)));
        // the linked person moves the owner, and the owner's e-mail, to an address of their own
        asCitizen(christian, new ChangeContactDetails(relation, new ContactDetails("Test Harms Relation",
                "angriber@example.dk", "Angrebsvej 13", "2000", "Frederiksberg", null, null)));

        ReceivedMail notice = await().atMost(WAIT).until(() -> mails().stream()
                .filter(m -> m.text().contains("ændret af Christian Harms")).findFirst().orElse(null), m -> m != null);
        assertThat(notice.to()).as("the e-mail the owner had before the change").isEqualTo("relation@example.dk");
        assertThat(notice.subject()).isEqualTo("Din adresse er ændret");
        assertThat(notice.text()).contains("adresse", "e-mail");
        // the notices follow the events in order: the owner's own change, before, sent nothing
        assertThat(mails()).filteredOn(m -> m.subject().contains("ændret")).hasSize(1);
        assertThat(mails()).noneMatch(m -> m.to().equals("angriber@example.dk"));
    }

    @Test
    void aReplacementCardGoesToTheAddressOnFileWhenOrderedEvenIfTheAddressIsChangedAfterwards() {
        AccountSummary anna = awaitAccount(DemoData.ANNA_CARD);
        String citizen = anna.citizenId();
        asCitizen(citizen, new ChangeContactDetails(citizen, new ContactDetails("Anna Jensen", "anna@example.dk",
                "Søvej 1", "2860", "Søborg", null, null)));
        String orderId = UUID.randomUUID().toString();
        CardNumber newCard = asCitizen(citizen, new OrderReplacementCard(anna.accountId(), orderId));
        asCitizen(citizen, new ChangeContactDetails(citizen, new ContactDetails("Anna Jensen", "anna@example.dk",
                "Nyvej 2", "2000", "Frederiksberg", null, null)));

        PendingCardReplacement queued = await().atMost(WAIT).until(() -> queries.query(
                        new ListPendingCardReplacements(), ResponseTypes.multipleInstancesOf(PendingCardReplacement.class))
                .join().stream().filter(p -> p.orderId().equals(orderId)).findFirst().orElse(null), p -> p != null);
        assertThat(queued.newCardNumber()).isEqualTo(newCard.value());
        assertThat(queued.deliveryAddress()).as("Kortbestillinger").isEqualTo("Søvej 1, 2860 Søborg");
        assertThat(queries.query(new FindPendingCardReplacement(anna.accountId()), PendingCardReplacement.class)
                .join().deliveryAddress()).as("Brugeroplysninger").isEqualTo("Søvej 1, 2860 Søborg");
        ReplacementCardOrdered ordered = running.app().core().getBean(EventStore.class).readEvents(anna.accountId()).asStream()
                .map(e -> e.getPayload()).filter(ReplacementCardOrdered.class::isInstance)
                .map(ReplacementCardOrdered.class::cast).filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
        assertThat(ordered.deliveryAddress()).as("sealed with Anna's key").isNotNull();
        assertThat(ordered.deliveryAddress().ciphertext()).doesNotContain("Søvej");
    }

    @Test
    void aCardStaffBlockedThroughTheAdminApiCannotBeLiftedFromThePortalAndTheTillStillDeclinesIt() throws Exception {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary relation = awaitAccount(DemoData.RELATION_CARD);

        HttpResponse<String> blocked = admin("POST", "/api/v1/admin/cards/" + DemoData.RELATION_CARD.value()
                + "/block");
        assertThat(blocked.statusCode()).as(blocked.body()).isBetween(200, 204);
        await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD),
                a -> a.cardStatus() == AccountStatus.BLOCKED && a.cardBlockedBy() == BlockOrigin.STAFF);

        // the linked person, and the card holder, try "Ophæv spærring" as the portal sends it
        assertRejected(() -> asCitizen(christian, new UnblockCard(relation.accountId())),
                RejectionCode.CARD_BLOCKED_BY_STAFF);
        assertRejected(() -> asCitizen(relation.citizenId(), new UnblockCard(relation.accountId())),
                RejectionCode.CARD_BLOCKED_BY_STAFF);
        assertThat(purchase(DemoData.RELATION_CARD).body()).contains("CARD_BLOCKED");
        assertThat(purchase(DemoData.RELATION_CARD).statusCode()).isEqualTo(402);

        // staff lift it
        HttpResponse<String> lifted = admin("POST", "/api/v1/admin/cards/" + DemoData.RELATION_CARD.value()
                + "/unblock");
        assertThat(lifted.statusCode()).as(lifted.body()).isBetween(200, 204);
        await().atMost(WAIT).until(() -> account(DemoData.RELATION_CARD).cardStatus(), AccountStatus.ACTIVE::equals);
    }

    @Test
    void aLinkedPersonCannotNameABankAccountForThePayoutAndThePayoutGoesToTheOwnersNemKonto() {
        String christian = citizenOf(DemoIdentities.CHRISTIAN.subject());
        AccountSummary relation = awaitAccount(DemoData.RELATION_CARD);

        assertRejected(() -> asCitizen(christian, new RequestPayout(relation.accountId(), UUID.randomUUID().toString(),
                "1234", "0001234567")), RejectionCode.TYPED_BANK_ACCOUNT_NOT_ALLOWED);
        String payoutId = UUID.randomUUID().toString();
        asCitizen(christian, RequestPayout.toNemKonto(relation.accountId(), payoutId));

        PayoutView payout = await().atMost(WAIT).until(() -> queries.query(new FindPayout(relation.accountId()),
                PayoutView.class).join(), p -> p != null && p.payoutId().equals(payoutId));
        assertThat(payout.bankAccountMasked()).isEqualTo("NemKonto");
        assertThat(payout.state()).isEqualTo(PayoutView.State.REQUESTED);
        asAdmin(new dk.kantinekort.api.payment.RejectPayout(relation.accountId(), payoutId, "test"));
    }

    private static String citizenOf(String subject) {
        return await().atMost(WAIT).until(() -> queries.query(new FindCitizenByIdentity(subject), String.class).join(),
                id -> id != null);
    }

    private static List<ReceivedMail> mails() {
        return running.app().mailServer().orElseThrow().mails();
    }

    private static <R> R asCitizen(String citizenId, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
    }

    private static <R> R asAdmin(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("test"), Metadata.Channel.ADMIN_API, null)));
    }

    private static void assertRejected(Runnable attempt, RejectionCode code) {
        assertThatThrownBy(attempt::run).satisfies(failure -> assertThat(RejectedException.rejectionOf(failure)
                .map(Rejection::code)).contains(code));
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer demo-admin").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> purchase(CardNumber card) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":100}],"total":100}"""
                .formatted(card.value());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", UUID.randomUUID().toString())
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
