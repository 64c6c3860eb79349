package dk.kantinekort.api.webshop;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A delivery's charge was refused. */
public record FailDeliveryCharge(@TargetAggregateIdentifier String orderId, LocalDate deliveryDate,
                                 PaymentDeclineReason reason) {
}
