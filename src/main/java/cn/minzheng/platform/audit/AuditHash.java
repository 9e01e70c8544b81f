package cn.minzheng.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The chain's hash: SM3 over a canonical encoding of an entry's content followed by the previous
 * entry's hash. Each field is written as its length and UTF-8 bytes (length -1 for null), in a
 * fixed order behind a version tag, so that no two different entries encode alike (no ambiguity
 * from separators) and the rule can evolve with a new tag.
 */
final class AuditHash {

  static final byte[] GENESIS = new byte[32];
  private static final String FORMAT = "minzheng-audit-v1";

  private AuditHash() {}

  /** PostgreSQL keeps microseconds: hash exactly what is stored. */
  static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static byte[] of(AuditRecord r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      field(out, FORMAT);
      field(out, Long.toString(r.id()));
      field(out, storable(r.occurredAt()).toString());
      field(out, r.actor());
      field(out, r.actorKind());
      field(out, r.actorRoles());
      field(out, r.actorRegion());
      field(out, r.remoteAddress());
      field(out, r.action());
      field(out, r.targetType());
      field(out, r.targetId());
      field(out, r.outcome());
      field(out, r.detail());
      out.writeInt(r.prevHash().length);
      out.write(r.prevHash());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sm3(bytes.toByteArray());
  }

  static String hex(byte[] hash) {
    return hash == null ? null : HexFormat.of().formatHex(hash);
  }

  private static void field(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static byte[] sm3(byte[] input) {
    SM3Digest digest = new SM3Digest();
    digest.update(input, 0, input.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }
}
