package dk.kantinekort.api.audit;

/** The answer to {@link StartReadModelRebuild}: {@code started} false when a rebuild was already running. */
public record RebuildStarted(boolean started, ReadModelStatus status) {
}
