package dk.kantinekort.ui.citizen.profile;

import static dk.kantinekort.ui.citizen.profile.TestImages.halves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.ui.citizen.profile.PhotoRefusedException.Reason;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CardPhotoEncoderTest {

    private final CardPhotoEncoder encoder = new CardPhotoEncoder();

    @Test
    void aPngBecomesAJpegScaledDownToFitTheCard() throws Exception {
        byte[] jpeg = encoder.encode(TestImages.png(halves(1200, 1600)));

        assertThat(isJpeg(jpeg)).isTrue();
        BufferedImage result = TestImages.read(jpeg);
        assertThat(result.getWidth()).isEqualTo(600);
        assertThat(result.getHeight()).isEqualTo(800);
    }

    @Test
    void scalingKeepsTheAspectRatio() throws Exception {
        BufferedImage wide = TestImages.read(encoder.encode(TestImages.png(halves(3000, 1000))));
        assertThat(wide.getWidth()).isEqualTo(600);
        assertThat(wide.getHeight()).isEqualTo(200);

        BufferedImage tall = TestImages.read(encoder.encode(TestImages.jpeg(halves(1000, 4000))));
        assertThat(tall.getWidth()).isEqualTo(200);
        assertThat(tall.getHeight()).isEqualTo(800);
    }

    @Test
    void aSmallPhotoIsNotEnlarged() throws Exception {
        BufferedImage result = TestImages.read(encoder.encode(TestImages.jpeg(halves(120, 160))));

        assertThat(result.getWidth()).isEqualTo(120);
        assertThat(result.getHeight()).isEqualTo(160);
    }

    @Test
    void aPngWithTransparencyIsPutOnWhite() throws Exception {
        BufferedImage result = TestImages.read(encoder.encode(TestImages.pngWithAlpha(200, 100)));

        assertThat(result.getWidth()).isEqualTo(200);
        assertClose(new Color(result.getRGB(10, 50)), Color.WHITE);
        assertClose(new Color(result.getRGB(190, 50)), Color.GREEN);
    }

    @Test
    void exifMetadataIsNotCarriedOver() throws Exception {
        byte[] withExif = TestImages.withExifOrientation(TestImages.jpeg(halves(300, 400)), 1);
        assertThat(contains(withExif, "Exif")).isTrue();

        byte[] result = encoder.encode(withExif);

        assertThat(contains(result, "Exif")).isFalse();
        assertThat(contains(result, "Phone")).isFalse();
    }

    @Test
    void aPhoneJpegTakenSidewaysIsTurnedUpright() throws Exception {
        // stored 800×600 with orientation 6: shown 600×800, the stored left half (red) at the top
        byte[] sideways = TestImages.withExifOrientation(TestImages.jpeg(halves(800, 600)), 6);

        BufferedImage result = TestImages.read(encoder.encode(sideways));

        assertThat(result.getWidth()).isEqualTo(600);
        assertThat(result.getHeight()).isEqualTo(800);
        assertClose(new Color(result.getRGB(300, 100)), Color.RED);
        assertClose(new Color(result.getRGB(300, 700)), Color.BLUE);
    }

    @Test
    void aGifIsRefused() {
        assertRefused(TestImages.gif(halves(100, 100)), Reason.NOT_JPEG_OR_PNG);
    }

    @Test
    void textIsRefusedWhateverItIsCalled() {
        assertRefused("Dette er ikke et billede".getBytes(StandardCharsets.UTF_8), Reason.NOT_JPEG_OR_PNG);
    }

    @Test
    void moreThanFiveMegabytesIsRefused() {
        byte[] large = Arrays.copyOf(TestImages.png(halves(10, 10)), CardPhotoEncoder.MAX_UPLOAD_BYTES + 1);

        assertRefused(large, Reason.TOO_LARGE);
    }

    @Test
    void aBrokenPngIsRefusedAsUnreadable() {
        byte[] png = TestImages.png(halves(200, 200));

        assertRefused(Arrays.copyOf(png, 60), Reason.UNREADABLE);
        assertRefused(new byte[0], Reason.UNREADABLE);
    }

    @Test
    void aHugeCanvasIsRefusedBeforeItIsDecoded() {
        assertRefused(TestImages.pngHeaderOnly(20_000, 20_000), Reason.TOO_MANY_PIXELS);
    }

    private void assertRefused(byte[] upload, Reason reason) {
        assertThatThrownBy(() -> encoder.encode(upload)).isInstanceOfSatisfying(PhotoRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static boolean isJpeg(byte[] b) {
        return (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static void assertClose(Color actual, Color expected) {
        // JPEG is lossy: compare each channel with some tolerance
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThan(40);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThan(40);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThan(40);
    }
}
