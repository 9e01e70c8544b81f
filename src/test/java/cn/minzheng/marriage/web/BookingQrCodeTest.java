package cn.minzheng.marriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.QrCodes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BookingQrCodeTest {

  @Test
  void theDrawingReadsBackAsTheBookingCode() throws Exception {
    assertThat(QrCodes.decodeSvg(BookingQrCode.svg("ABCD234567"))).isEqualTo("ABCD234567");
    assertThat(QrCodes.decodeSvg(BookingQrCode.svg("Z9Y8X7W6V5"))).isEqualTo("Z9Y8X7W6V5");
  }

  @Test
  void aTenCharacterCodeIsAVersion1SymbolWithItsQuietZone() {
    // version 1 is 21 modules square; the quiet zone adds 4 on each side: 29
    assertThat(BookingQrCode.svg("ABCD234567")).contains("viewBox=\"0 0 29 29\"");
  }

  @Test
  void thePageGetsItAsAnSvgDataUri() {
    String uri = BookingQrCode.dataUri("ABCD234567");
    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    assertThat(
            new String(
                Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
                StandardCharsets.UTF_8))
        .isEqualTo(BookingQrCode.svg("ABCD234567"));
  }
}
