package cn.minzheng.platform.audit;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.audit.ChainVerification.Break;
import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The chain's head written outside the database once a day. The hash chain finds any change to
 * single entries, but someone with the database owner's rights could rewrite the whole chain from
 * an entry onwards, recomputing every hash, and it would verify. An anchor — sequence number and
 * hash of the head, at a time, tagged with the installation's keyed hash so that it cannot be
 * forged without the key — kept where the database's owner cannot write (a file on another mount,
 * shipped with the logs; {@code minzheng.audit.anchor-file}) pins the chain as it was: a rewritten
 * chain no longer has the anchored hash at the anchored place. Each anchor is also written to the
 * application log, a second copy outside the database.
 */
@Component
class AuditAnchors {

  private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

  private final JdbcClient jdbc;
  private final AuditChainer chainer;
  private final FieldCipher cipher;
  private final Optional<Path> file;

  AuditAnchors(
      JdbcClient jdbc,
      AuditChainer chainer,
      FieldCipher cipher,
      @Value("${minzheng.audit.anchor-file:}") String file) {
    this.jdbc = jdbc;
    this.chainer = chainer;
    this.cipher = cipher;
    this.file = file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
  }

  /** One anchor line: {@code seq hash time tag}. */
  record Anchor(long seq, String hash, Instant at, String tag) {

    String line() {
      return seq + " " + hash + " " + at + " " + tag;
    }

    static Anchor parse(String line) {
      String[] parts = line.strip().split(" ");
      if (parts.length != 4) {
        throw new IllegalArgumentException("not an anchor line: " + line);
      }
      return new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]);
    }
  }

  @Scheduled(cron = "${minzheng.audit.anchor-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
  void daily() {
    if (file.isPresent()) {
      anchorNow();
    }
  }

  /** Links what is pending and appends the head to the anchor file; empty if the chain is. */
  Optional<Anchor> anchorNow() {
    chainer.chainPending();
    Optional<Anchor> head =
        jdbc.sql("select seq, hash from platform.audit_link order by seq desc limit 1")
            .query(
                (rs, n) -> {
                  long seq = rs.getLong(1);
                  String hash = AuditHash.hex(rs.getBytes(2));
                  Instant at = Instant.now();
                  return new Anchor(seq, hash, at, tag(seq, hash, at));
                })
            .optional();
    head.ifPresent(
        anchor -> {
          log.info("Audit anchor {}", anchor.line());
          file.ifPresent(f -> append(f, anchor));
        });
    return head;
  }

  /**
   * Every anchor of the file checked against the chain: a forged anchor (its tag does not match)
   * and an anchored place whose hash is no longer the anchored one are both breaks.
   */
  List<Break> verify() {
    if (file.isEmpty() || !Files.exists(file.get())) {
      return List.of();
    }
    List<Break> breaks = new ArrayList<>();
    for (String line : lines(file.get())) {
      if (line.isBlank()) {
        continue;
      }
      Anchor anchor = Anchor.parse(line);
      if (!anchor.tag().equals(tag(anchor.seq(), anchor.hash(), anchor.at()))) {
        breaks.add(new Break(anchor.seq(), Problem.ANCHOR_FORGED, null, null));
        continue;
      }
      Optional<Linked> linked =
          jdbc.sql("select entry_id, hash from platform.audit_link where seq = ?")
              .param(anchor.seq())
              .query((rs, n) -> new Linked(rs.getLong(1), AuditHash.hex(rs.getBytes(2))))
              .optional();
      if (linked.isEmpty() || !linked.get().hash().equals(anchor.hash())) {
        breaks.add(
            new Break(
                linked.map(Linked::entryId).orElse(anchor.seq()),
                Problem.ANCHOR,
                anchor.hash(),
                linked.map(Linked::hash).orElse("no link at seq " + anchor.seq())));
      }
    }
    return breaks;
  }

  private record Linked(long entryId, String hash) {}

  private String tag(long seq, String hash, Instant at) {
    return HexFormat.of()
        .formatHex(cipher.blindIndex("audit-anchor " + seq + " " + hash + " " + at));
  }

  private static void append(Path file, Anchor anchor) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(
          file,
          anchor.line() + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("audit anchor could not be written to " + file, e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("audit anchors could not be read from " + file, e);
    }
  }
}
