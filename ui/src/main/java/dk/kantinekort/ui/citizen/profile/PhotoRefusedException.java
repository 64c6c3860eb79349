package dk.kantinekort.ui.citizen.profile;

/** An uploaded card photo that cannot be used, and why, so the page can say what to do instead. */
final class PhotoRefusedException extends Exception {

    /** Why a photo was refused; each has its own message next to the upload. */
    enum Reason {
        TOO_LARGE("profile.photo.too-large"),
        NOT_JPEG_OR_PNG("profile.photo.wrong-type"),
        TOO_MANY_PIXELS("profile.photo.too-many-pixels"),
        UNREADABLE("profile.photo.unreadable");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    PhotoRefusedException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
