package dk.kantinekort.ui.shell.format;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The texts of a Vaadin Upload from the message bundles, so the back office's uploads speak the user's language
 * (Danish by default) instead of the component's English: the words every upload shares ({@code upload.*}: status,
 * buttons, errors of the transfer, size units) and the page's own under a prefix ({@code <prefix>.button},
 * {@code .drop}, {@code .too-large}, {@code .wrong-type}, {@code .too-many}).
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The upload's texts; {@code translation} is the view's {@code getTranslation}. */
    public static UploadI18N of(Function<String, String> translation, String prefix) {
        Function<String, String> own = key -> translation.apply(prefix + "." + key);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(own.apply("button")).setMany(own.apply("button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(own.apply("drop")).setMany(own.apply("drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(own.apply("too-large"))
                        .setIncorrectFileType(own.apply("wrong-type"))
                        .setTooManyFiles(own.apply("too-many")))
                .setFile(new UploadI18N.File().setRetry(translation.apply("upload.file.retry"))
                        .setStart(translation.apply("upload.file.start"))
                        .setRemove(translation.apply("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(translation.apply("upload.status.connecting"))
                                .setStalled(translation.apply("upload.status.stalled"))
                                .setProcessing(translation.apply("upload.status.processing"))
                                .setHeld(translation.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translation.apply("upload.remaining.prefix"))
                                .setUnknown(translation.apply("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translation.apply("upload.error.server-unavailable"))
                                .setUnexpectedServerError(translation.apply("upload.error.unexpected"))
                                .setForbidden(translation.apply("upload.error.forbidden"))))
                .setUnits(Arrays.asList(translation.apply("upload.units").split(",")));
    }
}
