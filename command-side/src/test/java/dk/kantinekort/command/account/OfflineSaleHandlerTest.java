package dk.kantinekort.command.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.api.offline.OfflineSaleResult;
import dk.kantinekort.api.offline.OfflineUploadResult;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.till.PurchaseDirectory;
import dk.kantinekort.command.till.TillRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

/** The ledger's side of an offline upload: the switch, and each account's sales booked in the order they were sold. */
class OfflineSaleHandlerTest {

    private static final CardNumber CARD = CardNumber.parse("1562265116");
    private static final Instant NOON = Instant.parse("2026-12-07T11:00:00Z");

    @Test
    void anUploadIsRefusedWhenTheMunicipalityHasSwitchedOfflineSalesOff() {
        OfflineSaleHandler handler = new OfflineSaleHandler(null, null, null, null,
                SchemeParts.allBut(SchemePart.OFFLINE_SALES), 7500);

        assertThatThrownBy(() -> handler.handle(new BookOfflineSales("till-1", List.of())))
                .isInstanceOf(RejectedException.class).hasMessageContaining("switched off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void salesUploadedOutOfOrderAreBookedInTheOrderTheyWereSoldAndAnsweredInTheOrderSent() {
        TillRegistry tills = mock(TillRegistry.class);
        when(tills.activeTill("till-1")).thenReturn(Optional.of(
                new TillIdentity("till-1", "place-1", "Skolen", UnitKind.SCHOOL)));
        CardDirectory cards = mock(CardDirectory.class);
        when(cards.accountOf(CARD)).thenReturn(Optional.of("acc-1"));
        PurchaseDirectory purchases = mock(PurchaseDirectory.class);
        when(purchases.accountOf(any())).thenReturn(Optional.empty());
        List<String> booked = new ArrayList<>();
        CardAccount account = mock(CardAccount.class);
        when(account.handle(any(BookOfflineSale.class))).thenAnswer(call -> {
            BookOfflineSale booking = call.getArgument(0);
            booked.add(booking.sale().saleId());
            return OfflineSaleResult.booked(booking.sale().saleId(), Money.ofOre(0), Set.of(), false);
        });
        Aggregate<CardAccount> aggregate = mock(Aggregate.class);
        when(aggregate.invoke(any())).thenAnswer(call -> ((Function<CardAccount, Object>) call.getArgument(0))
                .apply(account));
        Repository<CardAccount> accounts = mock(Repository.class);
        when(accounts.load("acc-1")).thenReturn(aggregate);
        OfflineSaleHandler handler = new OfflineSaleHandler(tills, cards, purchases, accounts,
                SchemeParts.allOn(), 7500);

        OfflineUploadResult answer = handler.handle(new BookOfflineSales("till-1",
                List.of(sale("third", 20), sale("first", 0), sale("second", 10))));

        assertThat(booked).containsExactly("first", "second", "third");
        assertThat(answer.results()).extracting(OfflineSaleResult::saleId).containsExactly("third", "first", "second");
    }

    private static OfflineSale sale(String key, int minutesAfterNoon) {
        return new OfflineSale(key, CARD, NOON.plusSeconds(60L * minutesAfterNoon), List.of(), Money.ofOre(500),
                "fp-" + key);
    }
}
