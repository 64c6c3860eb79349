package dk.kantinekort.api.webshop;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider charged a delivery. */
public record CompleteDeliveryCharge(@TargetAggregateIdentifier String orderId, LocalDate deliveryDate,
                                     String paymentId, String chargeId) {
}
