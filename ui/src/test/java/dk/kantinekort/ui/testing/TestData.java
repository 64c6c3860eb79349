package dk.kantinekort.ui.testing;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** The guide's demo people and accounts (fictional CPR numbers), for portal tests. */
public final class TestData {

    public static final String CHRISTIAN = "citizen-christian";
    public static final String RELATION = "citizen-relation";
    public static final String ANNA = "citizen-anna";

    public static final AccountSummary CHRISTIAN_CARD = account("account-christian", CHRISTIAN, "Christian Harms",
            "270182-", "Betalingskort", 6500, AccountStatus.ACTIVE, "1562265116");
    public static final AccountSummary RELATION_CARD = account("account-relation", RELATION, "Test Harms Relation",
            "090909-", "Konto", 1000, AccountStatus.ACTIVE, "04579A22352680");

    private TestData() {
    }

    /** Gladsaxe's terms as the payment pages show them: one section about fees. */
    public static final MunicipalitySettings.Document GLADSAXE_TERMS = new MunicipalitySettings.Document(
            List.of("Disse betingelser gælder for GladsaxeKortet."),
            List.of(new MunicipalitySettings.Section("Betaling og gebyrer",
                    List.of("Alle transaktioner pålægges et gebyr."), null, null)), "01-11-2026");

    /** Gladsaxe Kommune with the guide's support contact and these terms. */
    public static MunicipalitySettings gladsaxe(MunicipalitySettings.Document terms) {
        return new MunicipalitySettings("Gladsaxe Kommune", "Rådhus Alle 7, 2860 Søborg",
                new MunicipalitySettings.Support("7199 5445", "cpossupport@mss.dk",
                        "mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00", null, null),
                null, terms, null);
    }

    public static AccountSummary account(String accountId, String citizenId, String holder, String cprMasked,
                                         String displayName, long balanceOre, AccountStatus status, String card) {
        return new AccountSummary(accountId, citizenId, holder, cprMasked, displayName, Money.ofOre(balanceOre),
                status, card, List.of(), EnumSet.allOf(UnitKind.class), Instant.parse("2026-01-01T10:00:00Z"),
                status == AccountStatus.BLOCKED ? dk.kantinekort.api.account.BlockOrigin.CITIZEN : null);
    }

    /** An active account whose card the holder blocked (a lost card, decision record 21). */
    public static AccountSummary cardBlocked(String accountId, String citizenId, String holder, String cprMasked,
                                             String displayName, long balanceOre, String card) {
        return new AccountSummary(accountId, citizenId, holder, cprMasked, displayName, Money.ofOre(balanceOre),
                AccountStatus.ACTIVE, card, List.of(), EnumSet.allOf(UnitKind.class), Instant.parse("2026-01-01T10:00:00Z"),
                null, AccountStatus.BLOCKED, dk.kantinekort.api.account.BlockOrigin.CITIZEN);
    }

    public static RelationSummary relation(String relationId, String requesterId, String requesterName,
                                           String ownerId, String ownerName, String cprMasked, RelationStatus status) {
        return new RelationSummary(relationId, requesterId, requesterName, ownerId, ownerName, cprMasked, status,
                Instant.parse("2026-03-05T09:30:00Z"),
                status == RelationStatus.ACTIVE ? Instant.parse("2026-03-06T08:15:00Z") : null, null);
    }

    /** A pending request as its requester sees it: the masked CPR number and the card number typed. */
    public static RelationSummary pendingRequest(String relationId, String requesterId, String requesterName,
                                                 String cprMasked, String cardNumberTyped) {
        return new RelationSummary(relationId, requesterId, requesterName, null, null, cprMasked,
                RelationStatus.PENDING, Instant.parse("2026-03-05T09:30:00Z"), null, cardNumberTyped);
    }
}
