package dk.kantinekort.app.backoffice;

import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.DepositView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.scheme.ChangeAutoTopUpThreshold;
import dk.kantinekort.api.scheme.ChangeBrandingName;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.ChangeSupportContact;
import dk.kantinekort.api.scheme.FindBrandingName;
import dk.kantinekort.api.scheme.FindSupportContact;
import dk.kantinekort.api.scheme.SchemeId;
import dk.kantinekort.api.scheme.SupportContact;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RenamePlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.app.demo.DemoData;
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
 * The back office's admin actions through the whole embedded default, sent as the back office sends them (actor
 * {@code admin:<user>}, channel ADMIN_API): places and tills, the fee schedule, the support contact. One app for all.
 */
class StaffActionsEndToEndTest {

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
    void aRevokedTillGets401ProblemAtItsVeryNextPurchaseAndBalanceInquiry() throws Exception {
        String placeId = UUID.randomUUID().toString();
        String token = "till-" + UUID.randomUUID();
        asStaff(new RegisterPlace(placeId, "Gladsaxe Bibliotek", UnitKind.LIBRARY));
        asStaff(new IssueTillCredential(placeId, "kasse-1", TillToken.hash(token)));
        assertThat(buy(token).statusCode()).isEqualTo(201);
        assertThat(balance(token).statusCode()).as("authentication now remembered").isEqualTo(200);

        asStaff(new RevokeTillCredential(placeId, "kasse-1"));

        HttpResponse<String> purchase = buy(token);
        assertThat(purchase.statusCode()).isEqualTo(401);
        assertThat(purchase.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> balance = balance(token);
        assertThat(balance.statusCode()).isEqualTo(401);
        assertThat(balance.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(buy(token).statusCode()).isEqualTo(401);
    }

    @Test
    void staffSeeThePlaceUnderItsNewNameWithItsTillsAndTheEventsNameTheStaffMember() {
        String placeId = UUID.randomUUID().toString();
        asStaff(new RegisterPlace(placeId, "Gladsaxe Svømmehal", UnitKind.SWIMMING_POOL));
        asStaff(new IssueTillCredential(placeId, "kasse-svoem", TillToken.hash("token-" + UUID.randomUUID())));
        asStaff(new RenamePlace(placeId, "Gladsaxe Svømmehal, cafeen"));

        PlaceView place = await().atMost(WAIT).until(() -> places().stream()
                .filter(p -> p.placeId().equals(placeId)).findFirst().orElse(null),
                p -> p != null && p.name().endsWith("cafeen") && p.tills().size() == 1);

        assertThat(place.tills().get(0).state()).isEqualTo(PlaceView.State.ACTIVE);
        assertThat(running.app().core().getBean(EventStore.class).readEvents(placeId).asStream())
                .allSatisfy(event -> {
                    assertThat(event.getMetaData().get(Metadata.ACTOR)).isEqualTo("admin:e2e-staff");
                    assertThat(event.getMetaData().get(Metadata.CHANNEL)).isEqualTo("ADMIN_API");
                });
    }

    @Test
    void neitherATillNorAnAuditorTokenReachesTheAdminApi() throws Exception {
        HttpResponse<String> asTill = get(DemoData.SCHOOL_TILL_TOKEN, "/api/v1/admin/payouts");
        assertThat(asTill.statusCode()).isEqualTo(401);
        assertThat(asTill.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("demo-auditor", "/api/v1/admin/payouts").statusCode()).isEqualTo(403);
        assertThat(get("demo-admin", "/api/v1/admin/payouts").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedFeeIsWhatThePortalShowsAndWhatADepositCharges() {
        asStaff(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, DepositMethod.MOBILEPAY, 200, 300));
        asStaff(new ChangeAutoTopUpThreshold(SchemeId.MUNICIPALITY, Money.ofKroner(75)));

        PaymentTerms terms = queries.query(new FindPaymentTerms(), PaymentTerms.class).join();
        assertThat(terms.feeRuleFor(DepositMethod.MOBILEPAY)).isEqualTo(new FeeRule(200, 300));
        assertThat(terms.feeRuleFor(DepositMethod.PAYMENT_CARD)).as("unchanged: configuration")
                .isEqualTo(new FeeRule(100, 125));
        assertThat(terms.autoTopUpThreshold()).isEqualTo(Money.ofKroner(75));

        AccountSummary anna = await().atMost(WAIT).until(() -> queries.query(
                new FindAccountByCard(DemoData.ANNA_CARD), AccountSummary.class).join(), a -> a != null);
        String depositId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartDeposit(anna.accountId(), depositId, Money.ofKroner(100),
                DepositMethod.MOBILEPAY, "anna@example.dk", links()));
        DepositView deposit = await().atMost(WAIT).until(() -> queries.query(
                new FindDeposit(anna.accountId(), depositId), DepositView.class).join(), d -> d != null);
        assertThat(deposit.fee()).as("2,00 kr. + 3 % of 100,00 kr.").isEqualTo(Money.ofOre(500));
    }

    @Test
    void theSupportContactStaffSetIsAnsweredForThePortal() {
        asStaff(new ChangeSupportContact(SchemeId.MUNICIPALITY, "4444 1234", "kort@gladsaxe.dk", "hverdage 9-12"));

        assertThat(queries.query(new FindSupportContact(), SupportContact.class).join())
                .isEqualTo(new SupportContact("4444 1234", "kort@gladsaxe.dk", "hverdage 9-12"));
    }

    @Test
    void theSchemesNameStaffSetIsAnsweredForThePortal() {
        asStaff(new ChangeBrandingName(SchemeId.MUNICIPALITY, "LyngbyKortet"));

        assertThat(queries.query(new FindBrandingName(), String.class).join()).isEqualTo("LyngbyKortet");
    }

    private static void asStaff(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("e2e-staff"), Metadata.Channel.ADMIN_API, null)));
    }

    private static List<PlaceView> places() {
        return queries.query(new ListPlaces(), ResponseTypes.multipleInstancesOf(PlaceView.class)).join();
    }

    private static PaymentPageLinks links() {
        String portal = "http://127.0.0.1:" + running.app().portalPort();
        return new PaymentPageLinks(portal + "/indbetaling/kvittering", portal + "/indbetaling/kvittering?annulleret=1",
                portal + "/betingelser");
    }

    private HttpResponse<String> buy(String token) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"KAF","name":"Kaffe","quantity":1,"unitPrice":100}],"total":100}"""
                .formatted(DemoData.ANNA_CARD.value());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> balance(String token) throws Exception {
        return get(token, "/api/v1/cards/" + DemoData.ANNA_CARD.value() + "/balance");
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.app().posPort() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
