package dk.kantinekort.ui.staff.settings;

import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.scheme.ChangeAutoTopUpThreshold;
import dk.kantinekort.api.scheme.ChangeBrandingName;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.ChangeSupportContact;
import dk.kantinekort.api.scheme.SchemeId;
import java.math.BigDecimal;
import java.util.List;

/**
 * Gebyrer og indstillinger (F16, F18): the fee of each payment method, the automatic top-up threshold, the
 * support contact and the scheme's name, as the ledger applies them, and their changes. Staff type kroner and percent; the ledger keeps
 * øre and basis points.
 */
class SettingsDesk {

    /** The methods with a fee, in the order the page shows them. */
    static final List<DepositMethod> FEE_METHODS = List.of(DepositMethod.PAYMENT_CARD, DepositMethod.MOBILEPAY,
            DepositMethod.AUTO_TOP_UP);
    static final int MAX_THRESHOLD_KRONER = 5_000;
    static final int MAX_BRANDING_NAME = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StaffQueries queries;
    private final StaffCommands commands;

    SettingsDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The terms the ledger charges now; throws IllegalStateException when it does not answer. */
    PaymentTerms terms() {
        return queries.one(new FindPaymentTerms(), PaymentTerms.class)
                .orElseThrow(() -> new IllegalStateException("No payment terms"));
    }

    /** A fixed part in kroner (to the øre) and a share in percent (to 1/100 %), neither negative. */
    Outcome changeFee(DepositMethod method, BigDecimal fixedKroner, BigDecimal percent) {
        if (fixedKroner == null || percent == null || fixedKroner.signum() < 0 || percent.signum() < 0
                || percent.compareTo(HUNDRED) > 0 || fixedKroner.stripTrailingZeros().scale() > 2
                || percent.stripTrailingZeros().scale() > 2 || fixedKroner.compareTo(BigDecimal.valueOf(5_000)) > 0) {
            return Outcome.refused("backoffice.settings.fee-invalid");
        }
        long fixedOre = fixedKroner.multiply(HUNDRED).longValueExact();
        int basisPoints = percent.multiply(HUNDRED).intValueExact();
        return Outcome.of(() -> commands.send(new ChangeFeeSchedule(SchemeId.MUNICIPALITY, method, fixedOre,
                basisPoints)), "backoffice.settings.fee-changed");
    }

    Outcome changeThreshold(Integer kroner) {
        if (kroner == null || kroner < 0 || kroner > MAX_THRESHOLD_KRONER) {
            return Outcome.refused("backoffice.settings.threshold-invalid");
        }
        return Outcome.of(() -> commands.send(new ChangeAutoTopUpThreshold(SchemeId.MUNICIPALITY,
                Money.ofKroner(kroner))), "backoffice.settings.threshold-changed");
    }

    Outcome changeSupport(String phone, String email, String hours) {
        if (blank(phone) && blank(email)) {
            return Outcome.refused("backoffice.settings.support-invalid");
        }
        Outcome outcome = Outcome.of(() -> commands.send(new ChangeSupportContact(SchemeId.MUNICIPALITY, phone,
                email, hours)), "backoffice.settings.support-changed");
        // the ledger's checks (phone characters, e-mail form, length) are this page's too
        return !outcome.done() && outcome.messageKey().equals("backoffice.refused.INVALID_REQUEST")
                ? Outcome.refused("backoffice.settings.support-invalid") : outcome;
    }

    /** The name the portal shows for the card scheme. */
    Outcome changeBrandingName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_BRANDING_NAME) {
            return Outcome.refused("backoffice.settings.branding-invalid");
        }
        return Outcome.of(() -> commands.send(new ChangeBrandingName(SchemeId.MUNICIPALITY, name.strip())),
                "backoffice.settings.branding-changed");
    }

    /** 1,25 for 125 basis points. */
    static BigDecimal percentOf(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2);
    }

    /** 1,00 for 100 øre. */
    static BigDecimal kronerOf(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
