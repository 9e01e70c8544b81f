package cn.minzheng.platform.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app scans). Verification returns
 * the matched time step so that the caller can refuse a replayed code.
 */
@Component
class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  private static final String ISSUER = "智慧民政";

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
  private final Clock clock = Clock.systemUTC();

  String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  String qrDataUri(String username, String secret) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer(ISSUER)
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    ZxingPngQrGenerator png = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("QR code generation failed", e);
    }
  }

  /** The time step the code belongs to (now, or one step either side for clock drift). */
  OptionalLong verify(String secret, String code) {
    if (code == null || !code.trim().matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    byte[] given = code.trim().getBytes(StandardCharsets.US_ASCII);
    long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
    for (long step = current - 1; step <= current + 1; step++) {
      byte[] expected = generate(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  private String generate(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("TOTP generation failed", e);
    }
  }
}
