package dk.kantinekort.api.account;

import dk.kantinekort.api.meta.Metadata;

/**
 * Who set a block: the municipality (staff in Support, the admin and integration API, the system) or a citizen in
 * the portal (the card holder or a linked person). Only staff lift a staff block.
 */
public enum BlockOrigin {
    STAFF,
    CITIZEN;

    /** The origin of a command that came through {@code channel} (the metadata channel); only the portal is CITIZEN. */
    public static BlockOrigin ofChannel(Object channel) {
        return Metadata.Channel.PORTAL.name().equals(String.valueOf(channel)) ? CITIZEN : STAFF;
    }
}
