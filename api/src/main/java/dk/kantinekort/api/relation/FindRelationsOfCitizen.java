package dk.kantinekort.api.relation;

/**
 * The links a citizen asked for and the ones asked of them, rejected and withdrawn ones left out. Answers a
 * list of {@link RelationSummary}.
 */
public record FindRelationsOfCitizen(String citizenId) {
}
