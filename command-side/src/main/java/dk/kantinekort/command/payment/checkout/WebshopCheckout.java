package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.catalogue.QuoteProduct;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.FailOrderPayment;
import dk.kantinekort.api.webshop.OrderCheckout;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.PlaceOrder;
import dk.kantinekort.api.webshop.RecordOrderCheckout;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentTermsInForce;
import dk.kantinekort.command.payment.provider.Checkout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Component;

/**
 * The process of a webshop checkout (F15), step by step: the products price the basket (one line per delivery date),
 * the order is placed, and then either the canteen card is charged at once (Betalt; or the account refuses, the order
 * is withdrawn by its {@code OrderPaymentFailed} and the checkout answers the reason, leaving no order behind) or
 * the provider's hosted page saves a payment card (Afventer betalingsoplysninger until it comes back). Started by
 * {@link CheckoutEntry}.
 */
@Component
class WebshopCheckout {

    private final PaymentCommands ledger;
    private final HostedPages pages;
    private final PaymentTermsInForce terms;

    WebshopCheckout(PaymentCommands ledger, HostedPages pages, PaymentTermsInForce terms) {
        this.ledger = ledger;
        this.pages = pages;
        this.terms = terms;
    }

    OrderCheckout start(CheckOutBasket command) {
        if (command.items() == null || command.items().isEmpty() || command.payment() == null
                || command.placeId() == null || command.orderId() == null) {
            throw new RejectedException(INVALID_REQUEST, "A checkout needs an order id, a place, items and a payment");
        }
        if (command.payment() == OrderPayment.PAYMENT_CARD) {
            pages.requireLinks(command.links());
        }
        List<OrderLine> lines = price(command);
        Money total = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        // a payment card pays the fee in force now on every delivery; the canteen card is no card transaction
        FeeRule cardFee = command.payment() == OrderPayment.PAYMENT_CARD
                ? terms.current().feeRuleFor(DepositMethod.PAYMENT_CARD) : null;
        ledger.onBehalfOfSender(new PlaceOrder(command.orderId(), command.accountId(), command.placeId(), lines,
                command.payment(), cardFee));
        if (command.payment() == OrderPayment.CANTEEN_CARD) {
            return payWithCanteenCard(command, total);
        }
        Checkout checkout = pages.saveCard(command.orderId(), "Webshop: gem betalingskort", command.links(), null);
        ledger.asWebshop(new RecordOrderCheckout(command.orderId(), checkout.paymentId()));
        return new OrderCheckout(command.orderId(), OrderStatus.AWAITING_PAYMENT_DETAILS, total,
                checkout.hostedPageUrl().toString(), null);
    }

    private List<OrderLine> price(CheckOutBasket command) {
        Set<String> products = new HashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        for (BasketItem item : command.items()) {
            if (item == null || item.productId() == null || !products.add(item.productId())) {
                throw new RejectedException(INVALID_REQUEST, "Each product once in the basket");
            }
            List<OrderLine> quoted = ledger.asWebshop(new QuoteProduct(item.productId(), command.placeId(),
                    item.quantity()));
            lines.addAll(quoted);
        }
        return lines;
    }

    private OrderCheckout payWithCanteenCard(CheckOutBasket command, Money total) {
        try {
            ledger.onBehalfOfSender(new ChargeWebshopOrder(command.accountId(), command.orderId(), command.placeId(),
                    total));
        } catch (CommandExecutionException e) {
            RejectionCode code = RejectedException.rejectionOf(e).map(Rejection::code).orElseThrow(() -> e);
            PaymentDeclineReason reason = switch (code) {
                case ACCOUNT_BLOCKED -> PaymentDeclineReason.CANTEEN_CARD_BLOCKED;
                case INSUFFICIENT_FUNDS -> PaymentDeclineReason.INSUFFICIENT_FUNDS;
                default -> throw e;
            };
            ledger.asWebshop(new FailOrderPayment(command.orderId(), reason));
            return new OrderCheckout(command.orderId(), OrderStatus.PAYMENT_FAILED, total, null, reason);
        }
        ledger.asWebshop(new ConfirmCanteenCardPayment(command.orderId()));
        return new OrderCheckout(command.orderId(), OrderStatus.PAID, total, null, null);
    }
}
