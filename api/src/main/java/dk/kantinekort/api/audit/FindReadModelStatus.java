package dk.kantinekort.api.audit;

/** Whether the read models are READY or being rebuilt (with progress), e.g. for a banner in the portal. */
public record FindReadModelStatus() {
}
