package dk.kantinekort.app.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.app.AppWithoutLogin;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mail.ReceivedMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifikationer in the embedded default, as a parent meets it: Christian chooses notices for the card of Test Harms
 * Relation (linked to him), the school till sells on that card over HTTP, and the mails are in the embedded mail
 * server within seconds; the low balance once, when it is crossed.
 */
class NoticesEndToEndTest {

    @RegisterExtension
    static final AppWithoutLogin running = new AppWithoutLogin();
    static final Duration SECONDS = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPurchaseAtTheTillIsInTheParentsMailWithinSecondsAndTheLowBalanceOnce() throws Exception {
        RunningKantinekort app = running.app();
        AccountSummary christian = await().atMost(Duration.ofSeconds(60))
                .until(() -> account(app, DemoData.CHRISTIAN_CARD), a -> a != null);
        AccountSummary relation = await().atMost(Duration.ofSeconds(60))
                .until(() -> account(app, DemoData.RELATION_CARD), a -> a != null && a.balance().ore() == 1000);
        String address = "forælder-" + UUID.randomUUID() + "@example.dk";
        app.core().getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                        new ChooseNotices(relation.accountId(), EnumSet.of(NoticeKind.PURCHASE, NoticeKind.LOW_BALANCE),
                                Money.ofKroner(5), NoticeDelivery.INSTANT, address))
                .andMetaData(Metadata.of(Metadata.citizen(christian.citizenId()), Metadata.Channel.PORTAL, null)));

        assertThat(buy(app, 300).statusCode()).isEqualTo(201); // 7,00 kr. left

        ReceivedMail first = await().atMost(SECONDS).until(() -> mailsTo(app, address), m -> m.size() == 1).get(0);
        assertThat(first.subject()).isEqualTo("Køb på Test Harms Relations kantinekort: 3,00 kr.");
        assertThat(first.text()).contains("Køb for 3,00 kr. hos Gladsaxe Skole", "Saldo efter købet: 7,00 kr.");

        assertThat(buy(app, 300).statusCode()).isEqualTo(201); // 4,00 kr.: under 5,00 kr.
        assertThat(buy(app, 100).statusCode()).isEqualTo(201); // 3,00 kr.: still under

        List<ReceivedMail> mails = await().atMost(SECONDS).until(() -> mailsTo(app, address), m -> m.size() == 4);
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Lav saldo")).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Lav saldo på Test Harms Relations kantinekort: 4,00 kr."));
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Køb på")).hasSize(3);
    }

    private HttpResponse<String> buy(RunningKantinekort app, long ore) throws Exception {
        String body = """
                {"cardNumber":"%s","lines":[{"sku":"AEBLE","name":"Æble","quantity":1,"unitPrice":%d}],"total":%d}"""
                .formatted(DemoData.RELATION_CARD.value(), ore, ore);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + "/api/v1/purchases"))
                .header("Authorization", "Bearer " + DemoData.SCHOOL_TILL_TOKEN)
                .header("Idempotency-Key", "notice-" + UUID.randomUUID())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<ReceivedMail> mailsTo(RunningKantinekort app, String address) {
        return app.mailServer().orElseThrow().mails().stream().filter(m -> address.equals(m.to())).toList();
    }

    private static AccountSummary account(RunningKantinekort app, CardNumber card) {
        return app.core().getBean(QueryGateway.class).query(new FindAccountByCard(card), AccountSummary.class).join();
    }
}
