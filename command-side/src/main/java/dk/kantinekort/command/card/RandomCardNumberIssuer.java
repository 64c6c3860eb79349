package dk.kantinekort.command.card;

import dk.kantinekort.api.card.CardNumber;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Ten random digits, drawn again until the number is unused; guessing a valid card is thereby hard. */
@Component
class RandomCardNumberIssuer implements CardNumberIssuer {

    private final SecureRandom random = new SecureRandom();
    private final CardDirectory directory;

    RandomCardNumberIssuer(CardDirectory directory) {
        this.directory = directory;
    }

    @Override
    public CardNumber nextCardNumber() {
        while (true) {
            CardNumber candidate = new CardNumber(Long.toString(random.nextLong(1_000_000_000L, 10_000_000_000L)));
            if (!directory.isTaken(candidate)) {
                return candidate;
            }
        }
    }
}
