package dk.kantinekort.api.proof;

/**
 * An account whose stored events no longer give the chain hash recorded for them: at {@code position} the events
 * give another hash than the chain kept next to the store ({@code STORED}) or than the head published outside it
 * ({@code PUBLISHED}).
 */
public record ChainBreak(String accountId, long position, Against against) {

    /** Which record of the chain the stored events were compared with. */
    public enum Against { STORED, PUBLISHED }
}
