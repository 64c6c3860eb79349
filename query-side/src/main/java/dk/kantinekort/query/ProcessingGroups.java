package dk.kantinekort.query;

import java.util.List;

/** Names of the query side's tracking event processors, e.g. for a rebuild (reset) of a read model. */
public final class ProcessingGroups {

    /** Account summaries, card numbers and citizens (names needed on the summaries). */
    public static final String ACCOUNT_SUMMARIES = "account-summaries";
    /** Statement rows and place names. */
    public static final String STATEMENTS = "statements";

    public static final List<String> ALL = List.of(ACCOUNT_SUMMARIES, STATEMENTS);

    private ProcessingGroups() {
    }
}
