package dk.kantinekort.api.schoolyear;

import dk.kantinekort.api.money.Money;

/**
 * A pupil who left: placed at a school the file covers but not in the file any more, or marked as leaving. The
 * account is closed with {@link CloseLeaverAccount}; {@code siblings} counts the accounts of the responsible
 * person's other children (a balance can be moved to one of them).
 */
public record Leaver(String accountId, String citizenId, String holderName, String schoolId, String schoolName,
                     String className, Money balance, int siblings, boolean markedLeaving) {

    @Override
    public String toString() {
        return "Leaver[account=" + accountId + "]";
    }
}
