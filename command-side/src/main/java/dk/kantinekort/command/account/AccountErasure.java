package dk.kantinekort.command.account;

import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Closes the card accounts of a person who is being forgotten, in the transaction that forgets them: each account
 * decides for itself (refused while it holds money), so a refusal forgets nothing.
 */
@Component
public class AccountErasure {

    private final Repository<CardAccount> accounts;

    AccountErasure(Repository<CardAccount> accounts) {
        this.accounts = accounts;
    }

    public void closeAll(List<String> accountIds) {
        for (String accountId : accountIds) {
            accounts.load(accountId).execute(CardAccount::closeForErasure);
        }
    }
}
