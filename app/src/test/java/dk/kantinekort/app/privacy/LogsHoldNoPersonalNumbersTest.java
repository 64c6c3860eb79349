package dk.kantinekort.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.app.payment.Checkouts;
import dk.kantinekort.app.AppUnderTest;
import dk.kantinekort.app.RunningKantinekort;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.app.psp.PspSimulatorClient;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log of a full-stack run holds no CPR number and no full canteen-card or payment-card number (issue 15, 5). One
 * journey through the whole embedded default, with numbers chosen for it: two people registered by CPR (the admin
 * API's import and the portal's first login), a card number "already in use", a link by CPR and card number and one
 * with a wrong card number, blocking by staff (the card number in the URL) and by the citizen, a replacement card,
 * purchases with the new, the replaced and an unknown card, a balance inquiry by card number, a deposit paid with a
 * payment card and one refused. Then the log file the app writes under its data directory is searched for those
 * numbers, in every spelling, and for anything shaped like a CPR or payment-card number.
 */
class LogsHoldNoPersonalNumbersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OWNER_CPR = "120387-4411";
    private static final String LINKER_CPR = "0511794127";
    private static final String OTHER_CPR = "2302916603";
    private static final CardNumber OWNER_CARD = CardNumber.parse("7315926048");
    private static final String WRONG_LINK_CARD = "7315926049";
    private static final String UNKNOWN_CARD = "8642097531";
    /**
     * ddmmyy-xxxx or ten digits in a row, not inside a longer run of digits, letters or a UUID, and not the MongoDB
     * driver's round-trip time in nanoseconds; kept only when it is a valid CPR number (its first six digits a date).
     */
    private static final Pattern CPR_SHAPED = Pattern.compile("(?<![\\w-])(?<!Nanos=)\\d{6}-?\\d{4}(?![\\w-])");
    /** 13 to 19 digits, in groups of four or not, as a payment card's number is written; kept when Luhn-valid. */
    private static final Pattern PAN_SHAPED = Pattern.compile("(?<![\\w-])(?:\\d{4}[ -]?){3}\\d{1,7}(?![\\w-])");

    @TempDir
    Path dataDir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRunThroughRegistrationLinkingBlockingReplacementDepositAndPurchaseLogsNoCprAndNoFullCardNumber()
            throws Exception {
        List<String> secrets = new ArrayList<>(List.of(OWNER_CPR, OWNER_CPR.replace("-", ""), LINKER_CPR,
                LINKER_CPR.substring(0, 6) + "-" + LINKER_CPR.substring(6), OTHER_CPR, OWNER_CARD.value(),
                WRONG_LINK_CARD, UNKNOWN_CARD, PspSimulatorClient.SUCCESS_CARD,
                PspSimulatorClient.SUCCESS_CARD.replace(" ", ""), PspSimulatorClient.INSUFFICIENT_FUNDS_CARD,
                PspSimulatorClient.INSUFFICIENT_FUNDS_CARD.replace(" ", ""),
                // the demo data seeded at the start
                DemoData.CHRISTIAN_CARD.value(), DemoData.RELATION_CARD.value(), DemoData.ANNA_CARD.value(),
                DemoData.RELATION_CPR, DemoIdentities.CHRISTIAN.cpr(), DemoIdentities.ANNA.cpr()));
        RunningKantinekort app = AppUnderTest.startWithoutLogin(dataDir);
        try {
            secrets.add(new Journey(app).walk().value());
        } finally {
            app.close();
        }

        String log = Files.readString(dataDir.resolve("logs/kantinekort.log"));
        assertThat(log).as("the journey's refusals reach the log, masked: the scan looks where numbers would be")
                .contains("Card number " + OWNER_CARD.masked() + " is already in use",
                        "unknown card " + CardNumber.parse(UNKNOWN_CARD).masked());
        for (String secret : secrets) {
            assertThat(log).as("the log holds " + secret.substring(0, 2) + "…").doesNotContain(secret);
        }
        assertThat(matches(CPR_SHAPED, log, Cpr::isValid)).as("CPR numbers in the log").isEmpty();
        assertThat(matches(PAN_SHAPED, log, LogsHoldNoPersonalNumbersTest::luhnValid))
                .as("payment-card numbers in the log").isEmpty();
    }

    private static List<String> matches(Pattern pattern, String log, Predicate<String> personal) {
        List<String> found = new ArrayList<>();
        for (String line : log.split("\n")) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (!personal.test(m.group())) {
                    continue;
                }
                found.add(m.group() + "  in  " + line.substring(0, Math.min(line.length(), 400)));
            }
        }
        return found;
    }

    private static boolean luhnValid(String number) {
        String digits = number.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        return sum % 10 == 0;
    }

    /** The journey, through the ways in the app's users reach it (admin API, till API, commands as the portal). */
    private final class Journey {

        private final RunningKantinekort app;
        private final CommandGateway commands;
        private final QueryGateway queries;

        Journey(RunningKantinekort app) {
            this.app = app;
            this.commands = app.core().getBean(CommandGateway.class);
            this.queries = app.core().getBean(QueryGateway.class);
        }

        CardNumber walk() throws Exception {
            // registered by CPR: staff's import, twice (the second time the card is somebody's already)
            assertThat(admin("POST", "/api/v1/admin/accounts", """
                    {"cpr":"%s","name":"Ejer Logtest","email":"ejer@example.dk","cardNumber":"%s"}"""
                    .formatted(OWNER_CPR, OWNER_CARD.value())).statusCode()).isEqualTo(201);
            assertThat(admin("POST", "/api/v1/admin/accounts", """
                    {"cpr":"%s","name":"Anden Logtest","cardNumber":"%s"}"""
                    .formatted(OTHER_CPR, OWNER_CARD.value())).statusCode()).isEqualTo(409);
            AccountSummary owner = await().atMost(WAIT).until(() -> account(OWNER_CARD), a -> a != null);
            // registered by CPR at the first login to the portal
            Cpr linkerCpr = Cpr.parse(LINKER_CPR);
            String linker = system(new LinkIdentity("logtest-subject", linkerCpr, linkerCpr, "Linker Logtest",
                    "linker@example.dk"));
            // linking: a wrong card number first, then the right one
            asCitizen(linker, new RequestAccountLink(UUID.randomUUID().toString(), linker, Cpr.parse(OWNER_CPR),
                    WRONG_LINK_CARD));
            LinkRequestOutcome linked = asCitizen(linker, new RequestAccountLink(UUID.randomUUID().toString(), linker,
                    Cpr.parse(OWNER_CPR), OWNER_CARD.value()));
            assertThat(linked).isNotNull();

            // money on the card with a payment card: one refused, one paid
            PspSimulatorClient psp = new PspSimulatorClient(app.pspBaseUrl(), "demo-psp-secret");
            Checkouts.Started refused = startDeposit(owner.accountId(), 40);
            assertThat(psp.payWithCard(URI.create(refused.hostedPageUrl()),
                    PspSimulatorClient.INSUFFICIENT_FUNDS_CARD).approved()).isFalse();
            Checkouts.Started paid = startDeposit(owner.accountId(), 100);
            assertThat(psp.payWithCard(URI.create(paid.hostedPageUrl()), PspSimulatorClient.SUCCESS_CARD).approved())
                    .isTrue();
            await().atMost(WAIT).until(() -> account(OWNER_CARD).balance(), Money.ofKroner(100)::equals);

            // purchases and a balance inquiry at a till; an unknown card
            assertThat(buy(OWNER_CARD.value()).statusCode()).isEqualTo(201);
            assertThat(buy(UNKNOWN_CARD).statusCode()).isBetween(400, 499);
            assertThat(till("GET", "/api/v1/cards/" + OWNER_CARD.value() + "/balance", null).statusCode())
                    .isEqualTo(200);
            assertThat(till("GET", "/api/v1/cards/" + UNKNOWN_CARD + "/balance", null).statusCode())
                    .isBetween(400, 499);

            // blocked by staff through the admin API, lifted, blocked by the citizen in the portal
            assertThat(admin("POST", "/api/v1/admin/cards/" + OWNER_CARD.value() + "/block", "{}").statusCode())
                    .isEqualTo(200);
            assertThat(buy(OWNER_CARD.value()).statusCode()).isBetween(400, 499);
            assertThat(admin("POST", "/api/v1/admin/cards/" + OWNER_CARD.value() + "/unblock", "{}").statusCode())
                    .isEqualTo(200);
            assertThat(admin("POST", "/api/v1/admin/cards/" + UNKNOWN_CARD + "/block", "{}").statusCode())
                    .isBetween(400, 499);
            asCitizen(owner.citizenId(), new BlockCard(owner.accountId(), "Mistet i bussen"));

            // a replacement card, produced; the old card is declined, the new one charged
            String orderId = UUID.randomUUID().toString();
            CardNumber newCard = asStaff(new OrderReplacementCard(owner.accountId(), orderId));
            asStaff(new ProduceReplacementCard(owner.accountId(), orderId));
            assertThat(buy(OWNER_CARD.value()).statusCode()).isBetween(400, 499);
            assertThat(buy(newCard.value()).statusCode()).isEqualTo(201);
            return newCard;
        }

        private AccountSummary account(CardNumber card) {
            return queries.query(new FindAccountByCard(card), AccountSummary.class).join();
        }

        private Checkouts.Started startDeposit(String accountId, long kroner) {
            String portal = "http://127.0.0.1:" + app.portalPort();
            String depositId = UUID.randomUUID().toString();
            commands.sendAndWait(new StartDeposit(accountId, depositId,
                    Money.ofKroner(kroner), DepositMethod.PAYMENT_CARD, "ejer@example.dk", new PaymentPageLinks(
                    portal + "/indbetaling/kvittering", portal + "/indbetaling/kvittering?annulleret=1",
                    portal + "/betingelser")));
            return Checkouts.hostedPage(queries, accountId, depositId);
        }

        private HttpResponse<String> buy(String card) throws Exception {
            return till("POST", "/api/v1/purchases", """
                    {"cardNumber":"%s","lines":[{"sku":"MAD","name":"Frokost","quantity":1,"unitPrice":500}],"total":500}"""
                    .formatted(card));
        }

        private HttpResponse<String> till(String method, String path, String body) throws Exception {
            return send(method, path, body, DemoData.SCHOOL_TILL_TOKEN);
        }

        private HttpResponse<String> admin(String method, String path, String body) throws Exception {
            return send(method, path, body, "demo-admin");
        }

        private HttpResponse<String> send(String method, String path, String body, String token)
                throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.posPort() + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private <R> R asCitizen(String citizenId, Object command) {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Metadata.of(Metadata.citizen(citizenId), Metadata.Channel.PORTAL, null)));
        }

        private <R> R asStaff(Object command) {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Metadata.of(Metadata.admin("logtest"), Metadata.Channel.ADMIN_API, null)));
        }

        private <R> R system(Object command) {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Metadata.of(Metadata.system("logtest"), Metadata.Channel.SYSTEM, null)));
        }
    }
}
