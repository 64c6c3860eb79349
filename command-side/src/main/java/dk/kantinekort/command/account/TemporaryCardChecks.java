package dk.kantinekort.command.account;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.tempcard.CheckTemporaryCard;
import dk.kantinekort.api.tempcard.TemporaryCardCheck;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.tempcard.TemporaryCardIssuer;
import java.util.Optional;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers whether a temporary card's code works now, decided as a till purchase decides it (the code's signature
 * against the account its id belongs to, then the account's own state: expired, revoked, blocked), so the till's
 * balance inquiry accepts exactly the codes a purchase accepts. Reads the account; changes nothing.
 */
@Component
class TemporaryCardChecks {

    private final CardDirectory cards;
    private final TemporaryCardIssuer issuer;
    private final Repository<CardAccount> accounts;
    private final SchemeParts parts;

    TemporaryCardChecks(CardDirectory cards, TemporaryCardIssuer issuer, Repository<CardAccount> accounts,
                        SchemeParts parts) {
        this.cards = cards;
        this.issuer = issuer;
        this.accounts = accounts;
        this.parts = parts;
    }

    @QueryHandler
    TemporaryCardCheck handle(CheckTemporaryCard query) {
        CardNumber code = query.code();
        if (!parts.isOn(SchemePart.TEMPORARY_CARD) || !TemporaryCardCode.isCode(code)) {
            return TemporaryCardCheck.invalid();
        }
        Optional<String> accountId = accountOf(code);
        if (accountId.isEmpty()) {
            return TemporaryCardCheck.invalid();
        }
        CardNumber id = TemporaryCardCode.idOf(code);
        return new TemporaryCardCheck(accountId.get(), id,
                accounts.load(accountId.get()).invoke(account -> account.temporaryCardRefusal(id)));
    }

    /**
     * The account a temporary card's code belongs to: the account of the code's id, if the code's signature is that
     * account's; empty for an unknown id or a forged code. The till's purchase and balance inquiry both ask this.
     */
    Optional<String> accountOf(CardNumber code) {
        return cards.accountOf(TemporaryCardCode.idOf(code)).filter(account -> issuer.verifies(code, account));
    }
}
