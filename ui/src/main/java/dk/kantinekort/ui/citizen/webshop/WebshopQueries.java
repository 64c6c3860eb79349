package dk.kantinekort.ui.citizen.webshop;

import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.webshop.FindOrder;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.shell.Answers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the webshop pages read: the places, a place's products, an account's orders and one order. Callers pass
 * only account ids they checked with {@link dk.kantinekort.ui.citizen.session.AccountSelection#accessible(String)}. Every
 * method throws {@link IllegalStateException} when the other side does not answer.
 */
@Component
public class WebshopQueries {

    private final QueryGateway queryGateway;

    public WebshopQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The places that sell something, by name. */
    public List<CataloguePlace> places() {
        return orEmpty(await(queryGateway.query(new ListCataloguePlaces(),
                ResponseTypes.multipleInstancesOf(CataloguePlace.class))));
    }

    /** The products a place offers now. */
    public List<ProductView> products(String placeId) {
        return orEmpty(await(queryGateway.query(new ListProductsOfPlace(placeId, false),
                ResponseTypes.multipleInstancesOf(ProductView.class))));
    }

    /** Vis ordrer: the account's orders, newest first. */
    public List<OrderView> orders(String accountId) {
        return orEmpty(await(queryGateway.query(new ListOrdersOfAccount(accountId),
                ResponseTypes.multipleInstancesOf(OrderView.class))));
    }

    /** One order of the account; empty when the account has no order with this id. */
    public Optional<OrderView> order(String accountId, String orderId) {
        return Optional.ofNullable(await(queryGateway.query(new FindOrder(accountId, orderId),
                ResponseTypes.instanceOf(OrderView.class))));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, "the webshop");
    }
}
