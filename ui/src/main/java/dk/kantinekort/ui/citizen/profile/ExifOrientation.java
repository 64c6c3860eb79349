package dk.kantinekort.ui.citizen.profile;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112), so a phone photo taken upright stays upright once the
 * re-encoding has dropped all metadata. Anything unexpected in the bytes counts as "no orientation".
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation 1–8 recorded in the JPEG's EXIF block, or {@link #NORMAL} when there is none. */
    static int of(byte[] jpeg) {
        try {
            return find(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return NORMAL; // a truncated or malformed segment: decoding will tell whether the image is usable
        }
    }

    /** True for the orientations that swap width and height (rotated by 90° or 270°). */
    static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image turned and mirrored so it looks the way the camera held it. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = swapsAxes(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> turned.setRGB(w - 1 - x, y, rgb);
                    case 3 -> turned.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> turned.setRGB(x, h - 1 - y, rgb);
                    case 5 -> turned.setRGB(y, x, rgb);
                    case 6 -> turned.setRGB(h - 1 - y, x, rgb);
                    case 7 -> turned.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> turned.setRGB(y, w - 1 - x, rgb); // 8
                }
            }
        }
        return turned;
    }

    private static int find(byte[] jpeg) {
        int pos = 2; // after SOI
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = u16(jpeg, pos + 2, false);
            if (marker == 0xDA || marker == 0xD9 || length < 2) {
                return NORMAL; // image data starts: no EXIF before it
            }
            if (marker == 0xE1 && isExif(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return NORMAL;
    }

    private static boolean isExif(byte[] b, int at) {
        return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
                && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean littleEndian = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!littleEndian && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return NORMAL;
        }
        int ifd = tiff + (int) u32(b, tiff + 4, littleEndian);
        int entries = u16(b, ifd, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, littleEndian) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, littleEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean littleEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return littleEndian ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean littleEndian) {
        long high = u16(b, littleEndian ? at + 2 : at, littleEndian);
        long low = u16(b, littleEndian ? at : at + 2, littleEndian);
        return high << 16 | low;
    }
}
