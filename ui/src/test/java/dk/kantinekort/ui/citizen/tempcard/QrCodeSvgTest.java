package dk.kantinekort.ui.citizen.tempcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The temporary card's QR code holds exactly its code, so a till's scanner reads what it would type. */
class QrCodeSvgTest {

    static final String CODE = "MK000000421234567890";

    @Test
    void theDrawnSquaresReadBackAsTheCode() throws Exception {
        String svg = QrCodeSvg.of(CODE, "QR-kode");
        BitMatrix drawn = squaresOf(svg);

        assertThat(read(drawn)).isEqualTo(CODE);
    }

    @Test
    void theSvgHasAnAccessibleNameAndAWhiteQuietZone() {
        String svg = QrCodeSvg.of(CODE, "QR-kode til \"kortet\"");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"QR-kode til &quot;kortet&quot;\"",
                "fill=\"#fff\"");
    }

    /** The SVG's unit squares back into modules (quiet zone included). */
    private static BitMatrix squaresOf(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        BitMatrix matrix = new BitMatrix(size, size);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            matrix.set(Integer.parseInt(square.group(1)), Integer.parseInt(square.group(2)));
        }
        return matrix;
    }

    private static String read(BitMatrix modules) throws Exception {
        int scale = 4;
        int size = modules.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
