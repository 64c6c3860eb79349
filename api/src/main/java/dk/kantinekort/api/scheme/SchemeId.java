package dk.kantinekort.api.scheme;

/** The scheme settings of the municipality this installation serves: one aggregate, this id. */
public final class SchemeId {

    public static final String MUNICIPALITY = "scheme";

    private SchemeId() {
    }
}
