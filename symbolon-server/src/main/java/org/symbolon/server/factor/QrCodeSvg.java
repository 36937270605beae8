package org.symbolon.server.factor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as an SVG document: one path of unit squares, crisp at any size, no image
 * file and no script, so the page's strict Content-Security-Policy stays as it is.
 */
public final class QrCodeSvg {

    /** The quiet zone around the code, in modules; ISO/IEC 18004 asks for four. */
    static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /**
     * @param text what the code holds, e.g. an otpauth:// URI
     * @param title the accessible name of the image, for screen readers
     */
    public static String render(String text, String title) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " role=\"img\" aria-label=\"" + escape(title) + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + escape(title) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static BitMatrix encode(String text) {
        try {
            // Margin 0 here: the quiet zone is drawn by render() itself. Level M survives a
            // smudged or angled phone camera without making the code much denser.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
