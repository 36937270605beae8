package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG is read back as a camera would: its squares drawn into pixels and decoded by a QR reader. */
class QrCodeSvgTest {

    private static final String URI =
            "otpauth://totp/Symbolon:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Symbolon";

    @Test
    void theDrawnCodeDecodesToTheUri() throws Exception {
        String svg = QrCodeSvg.render(URI, "QR code");
        assertThat(decode(svg)).isEqualTo(URI);
    }

    @Test
    void theCodeHasAnAccessibleNameAndNoScript() {
        String svg = QrCodeSvg.render(URI, "QR code for \"alice\" <Symbolon>");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title>QR code for &quot;alice&quot; &lt;Symbolon&gt;</title>")
                .doesNotContain("<script", "onload");
    }

    private static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
                }
            }
        }
        var source = new RGBLuminanceSource(size * scale, size * scale, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
