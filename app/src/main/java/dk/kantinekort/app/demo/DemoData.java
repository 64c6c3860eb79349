package dk.kantinekort.app.demo;

import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.api.till.TillToken;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data of the embedded default, from the quick guide: Christian Harms and "Test Harms Relation",
 * a school and a cinema with a till each; and the demo MitID's identities ({@link DemoIdentities}): christian
 * linked to Christian Harms (who may act on Test Harms Relation's account too), anna to Anna Jensen with her own account, ny left unlinked. Seeded through the
 * same commands as real data, once: each part checks whether it is there already (the logins came later,
 * so a data directory from before gets them at its next start). The CPR numbers are fictional.
 */
public class DemoData {

    public static final String SCHOOL_TILL_TOKEN = "demo-till-skole-1";
    static final String SCHOOL_PLACE_ID = "gladsaxe-skole";
    public static final String CINEMA_TILL_TOKEN = "demo-till-bio-1";
    public static final CardNumber CHRISTIAN_CARD = CardNumber.parse("1562265116");
    public static final CardNumber RELATION_CARD = CardNumber.parse("04579A22352680");
    public static final CardNumber ANNA_CARD = CardNumber.parse("2468013579");
    private static final String CHRISTIAN_CPR = DemoIdentities.CHRISTIAN.cpr();
    private static final String ANNA_CPR = DemoIdentities.ANNA.cpr();
    /** "Test Harms Relation": opened by staff, no login of its own (the demo MitID asserts this number for nobody). */
    public static final String RELATION_CPR = "0909154234"; // born 9 September 2015: a pupil
    private static final String RELATION_LINK_ID = "7d1f4a2e-5b8c-4e0a-9d3f-1c2b3a4d5e6f";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final int schoolTills;

    public DemoData(CommandGateway commands, QueryGateway queries) {
        this(commands, queries, 1);
    }

    /** {@code schoolTills}: how many tills Gladsaxe Skole has (tokens demo-till-skole-1..N; the benchmarks use 16). */
    public DemoData(CommandGateway commands, QueryGateway queries, int schoolTills) {
        this.commands = commands;
        this.queries = queries;
        this.schoolTills = schoolTills;
    }

    /** Seeds the demo data unless it is there already. */
    public void seedOnce() {
        seedLedgerOnce();
        seedSchoolTillsOnce();
        seedLoginsOnce();
    }

    /** The school's further tills, each its own credential (a fleet, as the till API's rate limit is per till). */
    private void seedSchoolTillsOnce() {
        for (int i = 2; i <= schoolTills; i++) {
            String token = "demo-till-skole-" + i;
            if (queries.query(new AuthenticateTill(sha256(token)), TillIdentity.class).join() == null) {
                send(new IssueTillCredential("gladsaxe-skole", "skole-till-" + i, sha256(token)));
            }
        }
    }

    private void seedLedgerOnce() {
        if (queries.query(new AuthenticateTill(sha256(SCHOOL_TILL_TOKEN)), TillIdentity.class).join() != null) {
            log.info("Demo data already present");
            return;
        }
        place(SCHOOL_PLACE_ID, "Gladsaxe Skole", UnitKind.SCHOOL, "skole-till-1", SCHOOL_TILL_TOKEN);
        place("gladsaxe-bio", "Gladsaxe Bio", UnitKind.CINEMA, "bio-till-1", CINEMA_TILL_TOKEN);
        AccountOpening christian = person(CHRISTIAN_CPR, "Christian Harms", "christian.harms@example.dk",
                CHRISTIAN_CARD, EnumSet.allOf(UnitKind.class));
        AccountOpening relation = person(RELATION_CPR, "Test Harms Relation", "relation@example.dk",
                RELATION_CARD, EnumSet.of(UnitKind.SCHOOL));
        deposit(christian, Money.ofOre(6500));
        deposit(relation, Money.ofOre(1000));
        log.info("Demo data seeded: 2 places with a till each, 2 card accounts");
    }

    /**
     * The demo MitID's identities. Every command here is idempotent (accounts by CPR, deposits by id, links by
     * subject), so a start that stopped half-way simply repeats them; anna's link, checked first, comes last.
     */
    private void seedLoginsOnce() {
        if (queries.query(new FindCitizenByIdentity(DemoIdentities.ANNA.subject()), String.class).join() != null) {
            log.info("Demo logins already linked");
            return;
        }
        String christian = link(DemoIdentities.CHRISTIAN);
        send(new ChangeContactDetails(christian, new ContactDetails("Christian Harms", "christian.harms@example.dk",
                "Søborg Hovedgade 1", "2860", "Søborg", null, "20304050")));
        // the guide's Christian acts for "Test Harms Relation" too: CPR number and card number, linked at once
        send(new RequestAccountLink(RELATION_LINK_ID, christian, Cpr.parse(RELATION_CPR), RELATION_CARD.value()));
        AccountOpening anna = person(ANNA_CPR, DemoIdentities.ANNA.name(), DemoIdentities.ANNA.email(), ANNA_CARD,
                EnumSet.allOf(UnitKind.class));
        deposit(anna, Money.ofOre(15000));
        link(DemoIdentities.ANNA);
        log.info("Demo logins linked: christian (own account and Test Harms Relation's), anna (own account); ny "
                + "stays unlinked");
    }

    /** As the portal's first login does: the CPR number typed is the one the demo MitID asserts. */
    private String link(DemoIdentities.DemoIdentity identity) {
        Cpr asserted = Cpr.parse(identity.cpr());
        return send(new LinkIdentity(identity.subject(), asserted, asserted, identity.name(), identity.email()));
    }

    private void place(String placeId, String name, UnitKind kind, String tillId, String token) {
        send(new RegisterPlace(placeId, name, kind));
        send(new IssueTillCredential(placeId, tillId, sha256(token)));
    }

    private AccountOpening person(String cpr, String name, String email, CardNumber card, Set<UnitKind> units) {
        AccountOpening opening = send(new OpenAccountForPerson(Cpr.parse(cpr), name, email, card, units));
        send(new ChangeAllowedUnits(opening.accountId(), units));
        return opening;
    }

    private void deposit(AccountOpening account, Money amount) {
        send(new DepositMoney(account.accountId(), "demo-opening-" + account.accountId(), amount, DepositMethod.CASH,
                "Demo"));
    }

    private <R> R send(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.system("demo-data"), Metadata.Channel.SYSTEM, null)));
    }

    private static String sha256(String token) {
        return TillToken.hash(token);
    }
}
