package dk.kantinekort.command;

/** Placeholder in feat-app only: the lead's command-side branch brings the real configuration. */
public class CommandSideConfiguration {
}
