package dk.kantinekort.api.citizen;

/** Why a person was forgotten: a code, never free text (free text about a person could not be forgotten). */
public enum ForgetReason {
    /** The person asked to be erased (GDPR art. 17). */
    CITIZEN_REQUEST,
    /** Staff decided the data is no longer needed (e.g. the person moved away). */
    NO_LONGER_NEEDED,
    /** The retention schedule: no card and no money for the set time (docs/RETENTION.md). */
    RETENTION
}
