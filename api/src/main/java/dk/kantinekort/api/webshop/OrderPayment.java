package dk.kantinekort.api.webshop;

/** How an order is paid: at once from the canteen card's balance, or per delivery day on a saved payment card. */
public enum OrderPayment {
    CANTEEN_CARD,
    PAYMENT_CARD
}
