package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.audit.AuditAnchors.Anchor;
import cn.minzheng.platform.audit.ChainVerification.Break;
import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anchors pin the chain outside the database: a place whose hash is no longer the anchored one is a
 * break at its entry, and an anchor line changed without the key is reported as forged. The
 * database's chain itself is not rewritten here (other tests verify it); a rewrite shows to the
 * anchors exactly as an anchor that disagrees with the chain does.
 */
@SpringBootTest
class AuditAnchorsTest {

  @Autowired JdbcClient jdbc;
  @Autowired AuditChainer chainer;
  @Autowired FieldCipher cipher;
  @Autowired AuditLog auditLog;

  @TempDir Path tmp;

  @Test
  void anIntactChainAgreesWithItsAnchorsAndTheyAreAppendedNotReplaced() throws Exception {
    AuditAnchors anchors = anchorsIn(tmp.resolve("anchors.log"));
    auditLog.record(AuditEvent.success("anchor.test", "x", "1", null));
    Anchor first = anchors.anchorNow().orElseThrow();
    auditLog.record(AuditEvent.success("anchor.test", "x", "2", null));
    Anchor second = anchors.anchorNow().orElseThrow();

    assertThat(second.seq()).isGreaterThan(first.seq());
    assertThat(Files.readAllLines(tmp.resolve("anchors.log")))
        .containsExactly(first.line(), second.line());
    assertThat(first.hash()).isEqualTo(hashAt(first.seq()));
    assertThat(anchors.verify()).isEmpty();
  }

  @Test
  void aChainThatNoLongerHasTheAnchoredHashIsBrokenAtThatEntry() throws Exception {
    AuditAnchors anchors = anchorsIn(tmp.resolve("anchors.log"));
    auditLog.record(AuditEvent.success("anchor.test", "x", "3", null));
    Anchor real = anchors.anchorNow().orElseThrow();
    // What the anchors see after the chain was rewritten from this entry on: another hash here.
    String rewritten = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
    Anchor pinned =
        new Anchor(
            real.seq(),
            rewritten,
            real.at(),
            HexFormat.of()
                .formatHex(
                    cipher.blindIndex(
                        "audit-anchor " + real.seq() + " " + rewritten + " " + real.at())));
    Files.writeString(tmp.resolve("anchors.log"), pinned.line() + "\n", StandardCharsets.UTF_8);

    List<Break> breaks = anchors.verify();

    long entryId =
        jdbc.sql("select entry_id from platform.audit_link where seq = ?")
            .param(real.seq())
            .query(Long.class)
            .single();
    assertThat(breaks).containsExactly(new Break(entryId, Problem.ANCHOR, rewritten, real.hash()));
  }

  @Test
  void anAnchorChangedWithoutTheKeyIsReportedAsForged() throws Exception {
    AuditAnchors anchors = anchorsIn(tmp.resolve("anchors.log"));
    auditLog.record(AuditEvent.success("anchor.test", "x", "4", null));
    Anchor real = anchors.anchorNow().orElseThrow();
    String changed = real.line().replaceFirst(" [0-9a-f]{64} ", " " + "b".repeat(64) + " ");
    Files.writeString(tmp.resolve("anchors.log"), changed + "\n", StandardCharsets.UTF_8);

    assertThat(anchors.verify())
        .containsExactly(new Break(real.seq(), Problem.ANCHOR_FORGED, null, null));
  }

  private AuditAnchors anchorsIn(Path file) {
    return new AuditAnchors(jdbc, chainer, cipher, file.toString());
  }

  private String hashAt(long seq) {
    return AuditHash.hex(
        jdbc.sql("select hash from platform.audit_link where seq = ?")
            .param(seq)
            .query(byte[].class)
            .single());
  }
}
