package dk.kantinekort.query;

/** Placeholder in feat-app only: the query-side branch brings the real configuration. */
public class QuerySideConfiguration {
}
