package dk.kantinekort.ui.citizen.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the municipality lets citizens type a bank account for a payout
 * ({@code canteen.municipality.payout.typed-bank-account}, default false: payouts go to the owner's NemKonto, as
 * Danish public payments do). The command side applies the same setting; the page only hides the fields.
 */
@Component
public class PayoutSettings {

    private final boolean typedBankAccount;

    public PayoutSettings(@Value("${canteen.municipality.payout.typed-bank-account:false}") boolean typedBankAccount) {
        this.typedBankAccount = typedBankAccount;
    }

    public boolean typedBankAccount() {
        return typedBankAccount;
    }
}
