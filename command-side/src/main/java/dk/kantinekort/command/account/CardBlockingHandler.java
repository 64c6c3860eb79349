package dk.kantinekort.command.account;

import dk.kantinekort.command.citizen.PersonalDataVault;
import static dk.kantinekort.api.error.RejectionCode.CARD_UNKNOWN;

import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.till.BlockCardByNumber;
import dk.kantinekort.api.till.UnblockCardByNumber;
import dk.kantinekort.command.card.CardDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Blocks and unblocks by the number on the card, as staff and integrations know it; the account decides. */
@Component
class CardBlockingHandler {

    private final CardDirectory cards;
    private final Repository<CardAccount> accounts;
    private final PersonalDataVault vault;

    CardBlockingHandler(CardDirectory cards, Repository<CardAccount> accounts, PersonalDataVault vault) {
        this.cards = cards;
        this.accounts = accounts;
        this.vault = vault;
    }

    @CommandHandler
    String handle(BlockCardByNumber command, MetaData metaData) {
        String accountId = accountOf(command.cardNumber());
        accounts.load(accountId).execute(account -> account.handle(new BlockCard(accountId, command.reason()),
                metaData, vault));
        return accountId;
    }

    @CommandHandler
    String handle(UnblockCardByNumber command, MetaData metaData) {
        String accountId = accountOf(command.cardNumber());
        accounts.load(accountId).execute(account -> account.handle(new UnblockCard(accountId), metaData));
        return accountId;
    }

    private String accountOf(dk.kantinekort.api.card.CardNumber cardNumber) {
        if (dk.kantinekort.api.tempcard.TemporaryCardCode.isReserved(cardNumber)) {
            throw new RejectedException(CARD_UNKNOWN, "A temporary card is not blocked by number");
        }
        return cards.accountOf(cardNumber)
                .orElseThrow(() -> new RejectedException(CARD_UNKNOWN, "No account has card " + cardNumber));
    }
}
