package dk.kantinekort.command.notice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.api.webshop.DeliveryChargeFailed;
import java.time.LocalDate;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.command.CommandSideConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifikationer over SMTP on the command side: purchases at a till become mails to the citizen who chose them,
 * a low balance is mailed once per crossing, and an event delivered again (a replay of the whole history) mails
 * nothing new.
 */
@SpringBootTest(classes = AccountNoticeMailsTest.Boot.class)
class AccountNoticeMailsTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final Duration WAIT = Duration.ofSeconds(30);

    static {
        SMTP.start();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    NoticeProcessor processor;
    @Autowired
    NoticeOutbox outbox;
    @Autowired
    NoticeSender sender;
    @Autowired
    NoticeSubscriptions subscriptions;
    @Autowired
    EventProcessingConfiguration processing;

    String tillId;

    @BeforeEach
    void aSchoolWithATill() {
        String placeId = UUID.randomUUID().toString();
        tillId = "till-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterPlace(placeId, "Gladsaxe Skole", UnitKind.SCHOOL));
        commands.sendAndWait(new IssueTillCredential(placeId, tillId, TillToken.hash("token-" + tillId)));
    }

    @Test
    void aPurchaseAtTheTillIsMailedToTheCitizenWhoChoseIt() throws Exception {
        Holder holder = holderWith(10_000);
        String address = "mor-" + UUID.randomUUID() + "@example.dk";
        choose(holder, EnumSet.of(NoticeKind.PURCHASE), null, address);

        buy(holder, 1_234);

        MimeMessage mail = awaitMails(address, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Køb på Anna Testesens kantinekort: 12,34 kr.");
        assertThat((String) mail.getContent()).contains("Køb for 12,34 kr. hos Gladsaxe Skole",
                "Saldo efter købet: 87,66 kr.", "Mine Konti → Notifikationer");
    }

    @Test
    void aDeclinedPurchaseIsMailedWithTheReason() throws Exception {
        Holder holder = holderWith(500);
        String address = "afvist-" + UUID.randomUUID() + "@example.dk";
        choose(holder, EnumSet.of(NoticeKind.DECLINED_PURCHASE, NoticeKind.PURCHASE), null, address);

        PurchaseOutcome outcome = attempt(holder, 2_000);

        assertThat(outcome).isInstanceOf(PurchaseOutcome.Declined.class);
        MimeMessage mail = awaitMails(address, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Et køb på Anna Testesens kantinekort blev afvist");
        assertThat((String) mail.getContent()).contains("Et køb for 20,00 kr. hos Gladsaxe Skole",
                "blev afvist: der er ikke penge nok på kortet");
    }

    @Test
    void aLowBalanceIsMailedOnceWhenCrossedAndAgainOnlyAfterTheBalanceWentBackAbove() throws Exception {
        Holder holder = holderWith(10_000);
        String address = "far-" + UUID.randomUUID() + "@example.dk";
        choose(holder, EnumSet.of(NoticeKind.LOW_BALANCE), Money.ofKroner(50), address);

        buy(holder, 3_000);  // 70 kr.: above
        buy(holder, 3_000);  // 40 kr.: crossed
        buy(holder, 1_000);  // 30 kr.: still under, nothing
        buy(holder, 500);    // 25 kr.: still under, nothing
        awaitMails(address, 1);
        commands.sendAndWait(new DepositMoney(holder.opening.accountId(), UUID.randomUUID().toString(),
                Money.ofKroner(50), DepositMethod.CASH, "test")); // 75 kr.: above again
        buy(holder, 4_000);  // 35 kr.: crossed again

        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(mails.get(0).getSubject()).isEqualTo("Lav saldo på Anna Testesens kantinekort: 40,00 kr.");
        assertThat(mails.get(1).getSubject()).isEqualTo("Lav saldo på Anna Testesens kantinekort: 35,00 kr.");
        assertThat((String) mails.get(0).getContent()).contains("under de 50,00 kr., du har valgt");
    }

    @Test
    void anEventDeliveredAgainGivesNoSecondNotice() throws Exception {
        Holder holder = holderWith(10_000);
        String address = "gentag-" + UUID.randomUUID() + "@example.dk";
        choose(holder, EnumSet.of(NoticeKind.PURCHASE), null, address);
        buy(holder, 111);
        awaitMails(address, 1);

        PurchaseMade again = new PurchaseMade(holder.opening.accountId(), "p-" + UUID.randomUUID(),
                holder.opening.cardNumber(), null, tillId, UnitKind.SCHOOL, List.of(), Money.ofOre(222),
                Money.ofOre(9_667), "fp");
        EventMessage<PurchaseMade> message = GenericEventMessage.asEventMessage(again);
        processor.on(again, message, Instant.now(), ReplayStatus.REGULAR);
        processor.on(again, message, Instant.now(), ReplayStatus.REGULAR); // the same event once more, e.g. after a restart
        sender.sendInstant();

        assertThat(outbox.count(message.getIdentifier(), holder.opening.citizenId())).isEqualTo(1);
        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(Arrays.stream(SMTP.getReceivedMessagesForDomain(address))
                .filter(m -> subject(m).contains("2,22 kr.")).count()).isEqualTo(1);

        // the whole history again: the processor starts over from the first event
        TrackingEventProcessor tracking = processing.eventProcessor(NoticeProcessor.GROUP,
                TrackingEventProcessor.class).orElseThrow();
        tracking.shutDown();
        tracking.resetTokens();
        tracking.start();
        await().atMost(WAIT).until(() -> !tracking.isReplaying() && tracking.processingStatus().values().stream()
                .allMatch(s -> s.isCaughtUp()));
        sender.sendInstant();
        assertThat(SMTP.getReceivedMessagesForDomain(address)).hasSize(mails.size());
    }

    @Test
    void aLinkedParentIsMailedUntilTheLinkEndsWhileTheOwnerStillIs() throws Exception {
        AccountOpening parent = commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(cpr(1975, 2)), "Forælder",
                null, card(), Set.of()));
        Cpr childCpr = Cpr.parse(cpr(2016, 4));
        AccountOpening child = commands.sendAndWait(new OpenAccountForPerson(childCpr, "Barn", null, card(), Set.of()));
        commands.sendAndWait(new DepositMoney(child.accountId(), UUID.randomUUID().toString(), Money.ofKroner(100),
                DepositMethod.CASH, "test"));
        LinkRequestOutcome link = commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RequestAccountLink(
                        UUID.randomUUID().toString(), parent.citizenId(), childCpr, child.cardNumber().value()))
                .andMetaData(Metadata.of(Metadata.citizen(parent.citizenId()), Metadata.Channel.PORTAL, null)));
        assertThat(link.status()).isEqualTo(RelationStatus.ACTIVE);
        Holder forChild = new Holder(child);
        String parentAddress = "forælder-" + UUID.randomUUID() + "@example.dk";
        String childAddress = "barn-" + UUID.randomUUID() + "@example.dk";
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChooseNotices(child.accountId(),
                        EnumSet.of(NoticeKind.PURCHASE), null, NoticeDelivery.INSTANT, parentAddress))
                .andMetaData(Metadata.of(Metadata.citizen(parent.citizenId()), Metadata.Channel.PORTAL, null)));
        choose(forChild, EnumSet.of(NoticeKind.PURCHASE), null, childAddress);

        buy(forChild, 100);
        awaitMails(parentAddress, 1);
        awaitMails(childAddress, 1);

        commands.sendAndWait(new EndAccountLink(link.relationId()));
        buy(forChild, 200);

        awaitMails(childAddress, 2);
        assertThat(SMTP.getReceivedMessagesForDomain(parentAddress)).as("no mail after the link ended").hasSize(1);
    }

    @Test
    void aDailyDigestGathersTheDaysNoticesInOneMail() throws Exception {
        Holder holder = holderWith(10_000);
        String address = "dagligt-" + UUID.randomUUID() + "@example.dk";
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChooseNotices(holder.opening.accountId(),
                        EnumSet.of(NoticeKind.PURCHASE), null, NoticeDelivery.DAILY_DIGEST, address))
                .andMetaData(Metadata.of(Metadata.citizen(holder.opening.citizenId()), Metadata.Channel.PORTAL,
                        null)));
        buy(holder, 100);
        buy(holder, 250);
        await().atMost(WAIT).until(() -> outbox.unsent(NoticeDelivery.DAILY_DIGEST, Instant.now(),
                Instant.now().plusSeconds(1), 10_000).stream()
                .filter(n -> n.accountId().equals(holder.opening.accountId())).count() == 2);
        assertThat(SMTP.getReceivedMessagesForDomain(address)).as("nothing before the digest").isEmpty();

        sender.sendDigests();
        sender.sendDigests(); // a second run finds nothing left

        MimeMessage digest = awaitMails(address, 1).get(0);
        assertThat(SMTP.getReceivedMessagesForDomain(address)).hasSize(1);
        assertThat(digest.getSubject()).isEqualTo("Dagens notifikationer fra GladsaxeKortet");
        assertThat((String) digest.getContent()).contains("- Køb for 1,00 kr.", "- Køb for 2,50 kr.");
    }

    @Test
    void aFailedWebshopChargeIsMailedWithTheReason() throws Exception {
        Holder holder = holderWith(100);
        String address = "betaling-" + UUID.randomUUID() + "@example.dk";
        choose(holder, EnumSet.of(NoticeKind.FAILED_CHARGE), null, address);
        await().atMost(WAIT).until(() -> !subscriptions.of(holder.opening.accountId()).isEmpty());

        DeliveryChargeFailed failed = new DeliveryChargeFailed("order-1", holder.opening.accountId(),
                LocalDate.of(2026, 12, 8), Money.ofKroner(35), PaymentDeclineReason.INSUFFICIENT_FUNDS);
        processor.on(failed, GenericEventMessage.asEventMessage(failed), Instant.now(), ReplayStatus.REGULAR);
        sender.sendInstant();

        MimeMessage mail = awaitMails(address, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("En betaling for Anna Testesens kantinekort gik ikke igennem");
        assertThat((String) mail.getContent()).contains("Betalingen for en webshop-levering på 35,00 kr.",
                "gik ikke igennem: der er ikke dækning på betalingskortet");
    }

    private record Holder(AccountOpening opening) {
    }

    private static CardNumber card() {
        return new CardNumber(Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L)));
    }

    /** A CPR number born in {@code year} whose seventh digit is {@code seventh} (its century). */
    private static String cpr(int year, int seventh) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%02d%02d%02d%d%03d", r.nextInt(1, 29), r.nextInt(1, 13), year % 100, seventh,
                r.nextInt(0, 1000));
    }

    private Holder holderWith(long ore) {
        AccountOpening opening = commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(cpr(1985, 0)),
                "Anna Testesen", "anna@example.dk", card(), Set.of()));
        commands.sendAndWait(new DepositMoney(opening.accountId(), UUID.randomUUID().toString(), Money.ofOre(ore),
                DepositMethod.CASH, "test"));
        return new Holder(opening);
    }

    private void choose(Holder holder, Set<NoticeKind> kinds, Money below, String address) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChooseNotices(holder.opening.accountId(),
                        kinds, below, NoticeDelivery.INSTANT, address))
                .andMetaData(Metadata.of(Metadata.citizen(holder.opening.citizenId()), Metadata.Channel.PORTAL,
                        null)));
    }

    private void buy(Holder holder, long ore) {
        assertThat(attempt(holder, ore)).isInstanceOf(PurchaseOutcome.Approved.class);
    }

    private PurchaseOutcome attempt(Holder holder, long ore) {
        String purchaseId = UUID.randomUUID().toString();
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(new PurchaseWithCard(
                        purchaseId, holder.opening.cardNumber(), tillId,
                        List.of(new PurchaseLine("SKU", "Vare", 1, Money.ofOre(ore))), Money.ofOre(ore),
                        "fp-" + purchaseId))
                .andMetaData(Metadata.of(Metadata.till(tillId), Metadata.Channel.TILL, null)));
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        return await().atMost(WAIT).until(() -> Arrays.stream(SMTP.getReceivedMessagesForDomain(address)).toList(),
                found -> found.size() >= count);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
