package dk.kantinekort.query;

/**
 * Makes the read-model writes sent so far durable before a tracking processor stores its token. A real MongoDB
 * keeps its writes in order in its journal and needs nothing here (the default); the embedded wire server
 * saves its maps one at a time in the background, so the launcher plugs in an explicit commit of its store.
 */
@FunctionalInterface
public interface ReadModelCheckpoint {

    ReadModelCheckpoint NONE = () -> { };

    void checkpoint();
}
