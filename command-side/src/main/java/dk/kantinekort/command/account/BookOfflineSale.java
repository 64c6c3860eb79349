package dk.kantinekort.command.account;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.OfflineSale;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Book one sale a till made offline; answers an {@link dk.kantinekort.api.offline.OfflineSaleResult}. Internal to
 * the account: a till uploads {@link dk.kantinekort.api.offline.BookOfflineSales}, which {@link OfflineSaleHandler}
 * routes here with the till's place and the municipality's limit per card and day.
 */
record BookOfflineSale(@TargetAggregateIdentifier String accountId, OfflineSale sale, String placeId, String tillId,
                       UnitKind unitKind, Money dailyLimit) {
}
