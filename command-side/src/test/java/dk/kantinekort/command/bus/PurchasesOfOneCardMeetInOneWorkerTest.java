package dk.kantinekort.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.PurchaseWithCard;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.junit.jupiter.api.Test;

/**
 * The group-commit bus spreads commands over its workers by routing key: purchases carry their card's, so a lunch
 * queue on a few hot cards has each card in one worker (no two batches waiting for each other's account locks), and
 * the key is the masked card number, never the number itself.
 */
class PurchasesOfOneCardMeetInOneWorkerTest {

    private final RoutingStrategy routing = AnnotationRoutingStrategy.defaultStrategy();

    @Test
    void everyPurchaseOnOneCardHasTheSameRoutingKey_theMaskedCardNumber() {
        CardNumber card = CardNumber.parse("1562265116");
        String first = keyOf(new PurchaseWithCard("p-1", card, "till-1", List.of(), Money.ofOre(500), "f-1"));
        String second = keyOf(new PurchaseWithCard("p-2", card, "till-2", List.of(), Money.ofOre(700), "f-2"));

        assertThat(first).isEqualTo(second).isEqualTo(card.masked()).doesNotContain(card.value());
    }

    @Test
    void purchasesOnOtherCardsAreSpreadByTheirOwnKeys() {
        String one = keyOf(new PurchaseWithCard("p-1", CardNumber.parse("1562265116"), "till-1", List.of(),
                Money.ofOre(500), "f-1"));
        String other = keyOf(new PurchaseWithCard("p-2", CardNumber.parse("1562265127"), "till-1", List.of(),
                Money.ofOre(500), "f-2"));

        assertThat(one).isNotEqualTo(other);
    }

    private String keyOf(PurchaseWithCard purchase) {
        return routing.getRoutingKey(GenericCommandMessage.asCommandMessage(purchase));
    }
}
