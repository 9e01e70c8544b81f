package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back a QR code the pages draw as SVG: the dark modules taken from the drawing's squares and
 * decoded by ZXing's decoder, so a test checks what a scanner would read, not how it was drawn.
 */
public final class QrCodes {

  /** The empty margin around a QR symbol, in modules (ISO/IEC 18004). */
  private static final int QUIET_ZONE = 4;

  private static final Pattern DATA_URI =
      Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

  private QrCodes() {}

  /** The text of the first QR code image (an SVG data URI) of a page. */
  public static String decodeDataUri(String page) throws Exception {
    Matcher m = DATA_URI.matcher(page);
    assertThat(m.find()).as("the page has a QR code image").isTrue();
    return decodeSvg(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
  }

  public static String decodeSvg(String svg) throws Exception {
    Matcher box = VIEW_BOX.matcher(svg);
    assertThat(box.find()).as("the drawing has a square view box").isTrue();
    int size = Integer.parseInt(box.group(1));
    assertThat(Integer.parseInt(box.group(2))).isEqualTo(size);
    int modules = size - 2 * QUIET_ZONE;
    BitMatrix bits = new BitMatrix(modules);
    Matcher module = MODULE.matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1)) - QUIET_ZONE;
      int y = Integer.parseInt(module.group(2)) - QUIET_ZONE;
      assertThat(x).as("no dark module in the quiet zone").isBetween(0, modules - 1);
      assertThat(y).as("no dark module in the quiet zone").isBetween(0, modules - 1);
      bits.set(x, y);
    }
    return new Decoder().decode(bits).getText();
  }
}
