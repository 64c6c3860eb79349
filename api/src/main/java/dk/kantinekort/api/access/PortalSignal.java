package dk.kantinekort.api.access;

/**
 * A command any logged-in citizen may send from the portal because it changes nothing by itself: it only asks
 * the ledger to look again (e.g. at a provider payment after the citizen returns from its hosted page).
 */
public interface PortalSignal {
}
