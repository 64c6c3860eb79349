package dk.kantinekort.pos;

/** Placeholder in feat-app only: the pos-adapter branch brings the real configuration. */
public class PosAdapterConfiguration {
}
