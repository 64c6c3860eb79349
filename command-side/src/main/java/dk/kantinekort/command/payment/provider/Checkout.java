package dk.kantinekort.command.payment.provider;

import java.net.URI;

/** A created payment and the hosted page the citizen is sent to. */
public record Checkout(String paymentId, URI hostedPageUrl) {
}
