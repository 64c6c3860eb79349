package dk.kantinekort.app.browser;

import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.app.ProcessorsIdle;
import dk.kantinekort.embedded.mitid.DemoIdentities.DemoIdentity;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;

/**
 * A card account of a person made for one test, linked to a demo login so the login can open its pages: a browser
 * test's balances are its own, whatever other tests in the same run did with the demo accounts.
 */
public record OwnAccount(String accountId, CardNumber card) {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Opens an account for a new person (fresh CPR and card number), links it to the login and puts money on it. */
    public static OwnAccount linkedTo(EmbeddedPortal portal, DemoIdentity login, Money opening) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a child born 1 March 2014, with a random serial: a fictional CPR number nobody else in the run has
        Cpr cpr = Cpr.parse(String.format("010314%04d", random.nextInt(10_000)));
        CardNumber card = CardNumber.parse("T" + String.format("%09d", random.nextInt(1_000_000_000)));
        AccountOpening account = send(portal, Metadata.system("browser-test"), Metadata.Channel.SYSTEM,
                new OpenAccountForPerson(cpr, "Testbarn " + card.value().substring(6), "testbarn@example.dk", card,
                        EnumSet.allOf(UnitKind.class)));
        String citizen = await().atMost(WAIT).until(() -> portal.queries().query(
                new FindCitizenByIdentity(login.subject()), String.class).join(), id -> id != null);
        // the command side's own look-ups (who holds which card) follow the events: a link asked for before they
        // know the new card would wait for the owner's approval instead of linking at once
        ProcessorsIdle.await(portal.app());
        LinkRequestOutcome link = send(portal, Metadata.citizen(citizen), Metadata.Channel.PORTAL,
                new RequestAccountLink(UUID.randomUUID().toString(), citizen, cpr, card.value()));
        if (link.status() == RelationStatus.PENDING) {
            // not proven at once (the look-ups were not there yet): the new person approves, as in the portal
            send(portal, Metadata.citizen(account.citizenId()), Metadata.Channel.PORTAL,
                    new ApproveAccountLink(link.relationId(), account.citizenId()));
        } else if (link.status() != RelationStatus.ACTIVE) {
            throw new IllegalStateException("The test account could not be linked: " + link.status());
        }
        if (opening.isPositive()) {
            send(portal, Metadata.system("browser-test"), Metadata.Channel.SYSTEM, new DepositMoney(
                    account.accountId(), "opening-" + UUID.randomUUID(), opening, DepositMethod.CASH, "Browser test"));
        }
        await().atMost(WAIT).until(() -> portal.queries().query(new FindAccountByCard(card), AccountSummary.class)
                .join(), a -> a != null && a.balance().equals(opening));
        // the link too must have reached the read side, or the portal does not offer the account to the login yet
        ProcessorsIdle.await(portal.app());
        return new OwnAccount(account.accountId(), card);
    }

    /** The balance the read side shows now. */
    public Money balance(EmbeddedPortal portal) {
        return portal.accountOf(card).balance();
    }

    private static <R> R send(EmbeddedPortal portal, String actor, Metadata.Channel channel, Object command) {
        return portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(actor, channel, null)));
    }
}
