package dk.kantinekort.ui.citizen.profile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * "Billede": the card photo now on file and an upload for a new one. The upload is re-encoded on the server
 * as it arrives (never trusting the browser's checks) and kept until "Gem", as the guide describes.
 */
class PhotoField extends VerticalLayout {

    private final CardPhotoEncoder encoder;
    private final String holderName;
    private final Div picture = new Div();
    private final Upload upload = new Upload();
    private final Span message = new Span();
    private byte[] pending;

    PhotoField(CardPhotoEncoder encoder, String holderName) {
        this.encoder = encoder;
        this.holderName = holderName;
        setPadding(false);
        setSpacing(true);
        picture.setId("profile-photo");

        upload.setId("profile-photo-upload");
        upload.setUploadHandler(new PhotoUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CardPhotoEncoder.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setI18n(danishTexts());
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));

        Paragraph hint = new Paragraph(getTranslation("profile.photo.hint"));
        hint.setId("profile-photo-hint");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        upload.getElement().setAttribute("aria-describedby", "profile-photo-hint profile-photo-message");

        message.setId("profile-photo-message");
        // read out when it changes, without moving the focus
        message.getElement().setAttribute("aria-live", "polite");
        add(picture, hint, upload, message);
    }

    /** Shows the photo now on file (JPEG bytes), or a line saying there is none. */
    void showCurrent(byte[] jpeg) {
        pending = null;
        picture.removeAll();
        if (jpeg == null || jpeg.length == 0) {
            Paragraph none = new Paragraph(getTranslation("profile.photo.none"));
            none.setId("profile-photo-none");
            picture.add(none);
        } else {
            picture.add(image(jpeg, getTranslation("profile.photo.alt", holderName)));
        }
    }

    /** The re-encoded photo waiting for "Gem", if one was chosen. */
    Optional<byte[]> pending() {
        return Optional.ofNullable(pending);
    }

    /** After "Gem": the pending photo is now the one on file. */
    void saved() {
        if (pending != null) {
            byte[] saved = pending;
            showCurrent(saved);
            clearMessage();
        }
    }

    private void accept(byte[] jpeg) {
        pending = jpeg;
        picture.removeAll();
        picture.add(image(jpeg, getTranslation("profile.photo.new-alt", holderName)));
        message.setText(getTranslation("profile.photo.pending"));
        message.removeClassName(LumoUtility.TextColor.ERROR);
        upload.clearFileList();
    }

    private void refuse(PhotoRefusedException.Reason reason) {
        upload.clearFileList();
        showProblem(getTranslation(reason.messageKey()));
    }

    private void showProblem(String text) {
        message.setText(text);
        message.addClassName(LumoUtility.TextColor.ERROR);
    }

    private void clearMessage() {
        message.setText("");
        message.removeClassName(LumoUtility.TextColor.ERROR);
    }

    private static Image image(byte[] jpeg, String alt) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(jpeg), "kortbillede.jpg", "image/jpeg", jpeg.length)).inline(), alt);
        image.setId("profile-photo-image");
        image.setMaxWidth("12rem");
        return image;
    }

    private UploadI18N danishTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("profile.photo.upload.button"))
                .setMany(getTranslation("profile.photo.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("profile.photo.upload.drop"))
                .setMany(getTranslation("profile.photo.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("profile.photo.too-large"))
                .setIncorrectFileType(getTranslation("profile.photo.wrong-type"))
                .setTooManyFiles(getTranslation("profile.photo.upload.too-many")));
        return i18n;
    }

    /**
     * Reads at most one byte more than allowed (a browser's size check is easy to skip), re-encodes while the
     * session is not locked, and hands the outcome to the page under the UI's lock.
     */
    private final class PhotoUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(CardPhotoEncoder.MAX_UPLOAD_BYTES + 1);
            }
            UI ui = event.getUI();
            try {
                byte[] jpeg = encoder.encode(bytes);
                ui.access(() -> accept(jpeg));
            } catch (PhotoRefusedException e) {
                ui.access(() -> refuse(e.reason()));
            }
        }
    }
}
