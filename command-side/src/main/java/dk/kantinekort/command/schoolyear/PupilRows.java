package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a pupil row means against the ledger's look-ups now: open, change, move, leave it, or refuse it and why. The
 * dry run and the import itself decide with this one class, so the dry run shows what the import will do.
 */
@Component
public class PupilRows {

    /** The decision on one row, with what acting on it needs. */
    public record Decision(RowAction action, RowRefusal refusal, Cpr cpr, CardNumber card, String citizenId,
                           String accountId, String schoolId, String className, String name, boolean renamed) {

        static Decision refused(RowRefusal reason) {
            return new Decision(RowAction.REFUSED, reason, null, null, null, null, null, null, null, false);
        }
    }

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;
    private final ContactDirectory contacts;
    private final CardDirectory cards;
    private final Schools schools;
    private final PupilPlacements placements;

    PupilRows(PersonalDataVault vault, CitizenDirectory citizens, ContactDirectory contacts, CardDirectory cards,
              Schools schools, PupilPlacements placements) {
        this.vault = vault;
        this.citizens = citizens;
        this.contacts = contacts;
        this.cards = cards;
        this.schools = schools;
        this.placements = placements;
    }

    /** What the file as a whole says of its rows: a CPR or card number already on an earlier line. */
    public static Map<Integer, RowRefusal> fileRefusals(List<PupilRow> rows) {
        Map<Integer, RowRefusal> refusals = new HashMap<>();
        Map<String, Integer> cprs = new HashMap<>();
        Map<String, Integer> cardNumbers = new HashMap<>();
        for (PupilRow row : rows) {
            if (row.cpr() != null && Cpr.isValid(row.cpr())
                    && cprs.putIfAbsent(Cpr.parse(row.cpr()).digits(), row.line()) != null) {
                refusals.put(row.line(), RowRefusal.DUPLICATE_CPR);
            } else if (row.cardNumber() != null && CardNumber.isValid(row.cardNumber())
                    && cardNumbers.putIfAbsent(CardNumber.parse(row.cardNumber()).value(), row.line()) != null) {
                refusals.put(row.line(), RowRefusal.DUPLICATE_CARD_NUMBER);
            }
        }
        return refusals;
    }

    public Decision decide(PupilRow row, RowRefusal fileRefusal) {
        boolean leaving = row.leaving();
        if (blank(row.cpr()) || blank(row.school())
                || (!leaving && (blank(row.name()) || blank(row.className()) || blank(row.cardNumber())))) {
            return Decision.refused(RowRefusal.MISSING_FIELDS);
        }
        if (!Cpr.isValid(row.cpr())) {
            return Decision.refused(RowRefusal.INVALID_CPR);
        }
        if (!leaving && !CardNumber.isValid(row.cardNumber())) {
            return Decision.refused(RowRefusal.INVALID_CARD_NUMBER);
        }
        if (fileRefusal != null) {
            return Decision.refused(fileRefusal);
        }
        Optional<String> school = schools.idOf(row.school());
        if (school.isEmpty()) {
            return Decision.refused(RowRefusal.UNKNOWN_SCHOOL);
        }
        Cpr cpr = Cpr.parse(row.cpr());
        String citizenId = citizens.citizenWithCprHash(vault.cprHash(cpr)).orElse(null);
        String accountId = citizenId == null ? null : accountOf(citizenId);
        String className = row.className() == null ? null : row.className().strip();
        if (leaving) {
            return accountId == null ? Decision.refused(RowRefusal.UNKNOWN_PUPIL)
                    : new Decision(RowAction.LEAVING, null, cpr, null, citizenId, accountId, school.get(),
                    className != null ? className : placements.of(accountId).map(PupilPlacements.Placement::className)
                            .orElse(""), null, false);
        }
        CardNumber card = CardNumber.parse(row.cardNumber());
        String cardHolder = cards.accountOf(card).flatMap(citizens::ownerOf).orElse(null);
        if (cardHolder != null && !cardHolder.equals(citizenId)) {
            return Decision.refused(RowRefusal.CARD_NUMBER_IN_USE);
        }
        String name = row.name().strip();
        if (accountId == null) {
            return new Decision(RowAction.OPEN, null, cpr, card, citizenId, null, school.get(), className, name, false);
        }
        boolean renamed = !name.equals(contacts.name(citizenId).orElse(name));
        PupilPlacements.Placement placed = placements.of(accountId).orElse(null);
        RowAction action;
        if (placed != null && placed.closed()) {
            action = RowAction.REOPEN;
        } else if (placed == null) {
            action = RowAction.CHANGE;
        } else if (!placed.schoolId().equals(school.get())) {
            action = RowAction.MOVE;
        } else if (renamed || !Objects.equals(placed.className(), className) || placed.leaving()) {
            action = RowAction.CHANGE;
        } else {
            action = RowAction.UNCHANGED;
        }
        return new Decision(action, null, cpr, card, citizenId, accountId, school.get(), className, name, renamed);
    }

    /** The pupil's account: the one placed at a school, else the person's first. */
    private String accountOf(String citizenId) {
        List<CitizenDirectory.OwnedAccount> owned = citizens.accountsOf(citizenId);
        return owned.stream().map(CitizenDirectory.OwnedAccount::accountId)
                .filter(id -> placements.of(id).isPresent()).findFirst()
                .orElse(owned.isEmpty() ? null : owned.get(0).accountId());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
