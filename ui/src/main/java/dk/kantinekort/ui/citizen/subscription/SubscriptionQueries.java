package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.ui.shell.Answers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the Abonnementer pages read: the plans offered, the enrolments of an account and the names of the places.
 * Callers pass only account ids they checked with
 * {@link dk.kantinekort.ui.citizen.session.AccountSelection#accessible(String)}. Every method throws
 * {@link IllegalStateException} when the other side does not answer.
 */
@Component
public class SubscriptionQueries {

    private final QueryGateway queryGateway;

    SubscriptionQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The plans that take enrolments now, at every place. */
    List<PlanView> plans() {
        return orEmpty(await(queryGateway.query(new ListPlansOfPlace(null, false),
                ResponseTypes.multipleInstancesOf(PlanView.class))));
    }

    /** The account's enrolments, newest first. */
    List<EnrolmentView> enrolments(String accountId) {
        return orEmpty(await(queryGateway.query(new ListEnrolmentsOfAccount(accountId),
                ResponseTypes.multipleInstancesOf(EnrolmentView.class))));
    }

    /** Place id → name, for the places that offer something. */
    Map<String, String> placeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        orEmpty(await(queryGateway.query(new ListCataloguePlaces(),
                ResponseTypes.multipleInstancesOf(CataloguePlace.class))))
                .forEach(place -> names.put(place.placeId(), place.name()));
        return names;
    }

    private static <R> List<R> orEmpty(List<R> list) {
        return list == null ? List.of() : list;
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, "subscriptions");
    }
}
