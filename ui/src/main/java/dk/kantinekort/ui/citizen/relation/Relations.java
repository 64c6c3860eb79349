package dk.kantinekort.ui.citizen.relation;

import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.ui.shell.Answers;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** A citizen's links to other people's accounts, as the query side knows them (F3). */
@Component
public class Relations {

    private final QueryGateway queryGateway;

    Relations(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Links the citizen asked for and links asked of them; throws IllegalStateException when unavailable. */
    public List<RelationSummary> of(String citizenId) {
        List<RelationSummary> relations = Answers.await(queryGateway.query(new FindRelationsOfCitizen(citizenId),
                ResponseTypes.multipleInstancesOf(RelationSummary.class)), "the links");
        return relations == null ? List.of() : relations;
    }

    /** Requests other people sent to this citizen that wait for an answer. */
    public static List<RelationSummary> waitingFor(String citizenId, List<RelationSummary> relations) {
        return relations.stream()
                .filter(r -> r.status() == RelationStatus.PENDING && !r.requestedBy(citizenId)).toList();
    }

    /** Who has access to this citizen, or asks for it: active links to them and requests waiting for their answer. */
    public static List<RelationSummary> accessTo(String citizenId, List<RelationSummary> relations) {
        return relations.stream()
                .filter(r -> !r.requestedBy(citizenId) && citizenId.equals(r.ownerId()))
                .filter(r -> r.status() == RelationStatus.PENDING || r.status() == RelationStatus.ACTIVE).toList();
    }

    /** Requests this citizen sent that wait for the other person ("Afventer godkendelse"). */
    public static List<RelationSummary> sentBy(String citizenId, List<RelationSummary> relations) {
        return relations.stream()
                .filter(r -> r.status() == RelationStatus.PENDING && r.requestedBy(citizenId)).toList();
    }
}
