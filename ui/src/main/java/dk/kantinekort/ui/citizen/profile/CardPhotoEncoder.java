package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.ui.citizen.profile.PhotoRefusedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an uploaded photo into the JPEG printed on the card: only JPEG and PNG (recognised by their bytes,
 * not by the name or type the browser claims), at most 5 MB, decoded, turned upright, scaled down to fit
 * 600×800 and written as a fresh JPEG, which leaves behind all metadata (GPS position, camera, comments).
 */
final class CardPhotoEncoder {

    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int MAX_WIDTH = 600;
    static final int MAX_HEIGHT = 800;
    /** Refused before decoding: a small PNG can claim a huge canvas and exhaust memory (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    /** The re-encoded JPEG; refused with the reason a person can act on. */
    byte[] encode(byte[] upload) throws PhotoRefusedException {
        if (upload == null || upload.length == 0) {
            throw new PhotoRefusedException(Reason.UNREADABLE);
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new PhotoRefusedException(Reason.TOO_LARGE);
        }
        String format = formatOf(upload);
        int orientation = format.equals("jpeg") ? ExifOrientation.of(upload) : ExifOrientation.NORMAL;
        BufferedImage decoded = decode(upload, format, orientation);
        BufferedImage upright = ExifOrientation.apply(scaledToFit(flattened(decoded), orientation), orientation);
        return jpeg(upright);
    }

    private static String formatOf(byte[] b) throws PhotoRefusedException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length >= png.length) {
            boolean matches = true;
            for (int i = 0; i < png.length; i++) {
                matches &= b[i] == png[i];
            }
            if (matches) {
                return "png";
            }
        }
        throw new PhotoRefusedException(Reason.NOT_JPEG_OR_PNG);
    }

    private static BufferedImage decode(byte[] bytes, String format, int orientation) throws PhotoRefusedException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new PhotoRefusedException(Reason.UNREADABLE);
        }
        ImageReader reader = readers.next();
        // in memory: ImageIO's default stream cache writes temporary files
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new PhotoRefusedException(Reason.UNREADABLE);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new PhotoRefusedException(Reason.TOO_MANY_PIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, orientation);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new PhotoRefusedException(Reason.UNREADABLE);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken files with IIOException but also with runtime exceptions
            throw new PhotoRefusedException(Reason.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Reads only every n-th pixel of a large photo, keeping at least twice the card size for a clean downscale. */
    private static int subsampling(int width, int height, int orientation) {
        boolean swap = ExifOrientation.swapsAxes(orientation);
        int boxWidth = swap ? MAX_HEIGHT : MAX_WIDTH;
        int boxHeight = swap ? MAX_WIDTH : MAX_HEIGHT;
        return Math.max(1, Math.min(width / (2 * boxWidth), height / (2 * boxHeight)));
    }

    /** Plain RGB on white: JPEG has no transparency, and palette or grey images scale badly. */
    private static BufferedImage flattened(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Fits the stored image so that, once turned upright, it is at most 600×800; never enlarged. */
    private static BufferedImage scaledToFit(BufferedImage image, int orientation) {
        boolean swap = ExifOrientation.swapsAxes(orientation);
        int boxWidth = swap ? MAX_HEIGHT : MAX_WIDTH;
        int boxHeight = swap ? MAX_WIDTH : MAX_HEIGHT;
        double scale = Math.min(1.0, Math.min((double) boxWidth / image.getWidth(), (double) boxHeight / image.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        // halve step by step: a single bilinear step from far above the target size loses detail and aliases
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            current = resized(current, targetWidth, targetHeight);
        }
        return current;
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return resized;
    }

    private static byte[] jpeg(BufferedImage image) throws PhotoRefusedException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata carried over
        } catch (IOException e) {
            throw new PhotoRefusedException(Reason.UNREADABLE);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
