package dk.kantinekort.api.webshop;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the order whether a delivery is still to be charged (false when charged, failed or cancelled). */
public record BeginDeliveryCharge(@TargetAggregateIdentifier String orderId, LocalDate deliveryDate) {
}
