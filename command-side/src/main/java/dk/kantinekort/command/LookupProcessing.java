package dk.kantinekort.command;

/**
 * The processing group of the command side's look-up tables. It runs subscribing, in the unit of work that
 * appends the events, so the tables commit or roll back together with the events.
 */
public final class LookupProcessing {

    public static final String GROUP = "command-lookups";

    private LookupProcessing() {
    }
}
