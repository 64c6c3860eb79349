package dk.kantinekort.command.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The municipality's payout rule: payouts go to the owner's NemKonto, and a typed bank account is allowed only
 * where {@code canteen.municipality.payout.typed-bank-account} is true (default false).
 */
@Component
public class PayoutPolicy {

    private final boolean typedBankAccountAllowed;

    public PayoutPolicy(@Value("${canteen.municipality.payout.typed-bank-account:false}") boolean allowed) {
        this.typedBankAccountAllowed = allowed;
    }

    public boolean typedBankAccountAllowed() {
        return typedBankAccountAllowed;
    }
}
