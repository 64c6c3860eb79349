package dk.kantinekort.app.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.FindCheckoutProgress;
import org.axonframework.queryhandling.QueryGateway;

/** A checkout started as the portal starts it: the command, then the command side's answer of its progress. */
public final class Checkouts {

    /** A checkout whose hosted page is there; {@code paymentId} is the provider's (the page's last path segment). */
    public record Started(String checkoutId, String paymentId, String hostedPageUrl) {
    }

    private Checkouts() {
    }

    /** How far the checkout has come (the answer waits until it has left PENDING, a few seconds at most). */
    public static CheckoutProgress progress(QueryGateway queries, String accountId, String checkoutId) {
        return queries.query(new FindCheckoutProgress(accountId, checkoutId), CheckoutProgress.class).join();
    }

    /** The hosted page of a checkout, asserted to be there. */
    public static Started hostedPage(QueryGateway queries, String accountId, String checkoutId) {
        CheckoutProgress progress = progress(queries, accountId, checkoutId);
        assertThat(progress).isNotNull();
        assertThat(progress.stage()).as("the checkout of %s", checkoutId).isEqualTo(CheckoutStage.HOSTED_PAGE);
        String page = progress.hostedPageUrl();
        return new Started(checkoutId, page.substring(page.lastIndexOf('/') + 1), page);
    }
}
