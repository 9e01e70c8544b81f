package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditChainTest {

  @Autowired AuditLog auditLog;
  @Autowired AuditChainVerifier verifier;
  @Autowired AuditProtection protection;
  @Autowired AuditChainer chainer;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Environment environment;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void linksEachEntryToItsPredecessorAndRecordsWhoActed() {
    String target = UUID.randomUUID().toString();
    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(
                    7, "auditchain.li", "李四", "510104001000", Set.of(Role.STREET_CASEWORKER))));
    auditLog.record(
        AuditEvent.success("person.unmask", "person", target, "身份证号 11010519491231002X"));
    auditLog.record(AuditEvent.success("person.export", "person", target, null));
    chainer.chainPending();

    List<AuditRecord> entries = entriesFor(target);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(0).actor()).isEqualTo("auditchain.li");
    assertThat(entries.get(0).actorKind()).isEqualTo("STAFF");
    assertThat(entries.get(0).actorRoles()).isEqualTo("STREET_CASEWORKER");
    assertThat(entries.get(0).actorRegion()).isEqualTo("510104001000");
    assertThat(entries.get(0).detail()).isEqualTo("身份证号 110105********002X");
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void recordsTheSystemAsActorOutsideAnyRequest() throws Exception {
    String target = UUID.randomUUID().toString();
    // A thread of its own: the test framework binds a mock request to the test thread.
    Thread job =
        new Thread(() -> auditLog.record(AuditEvent.success("job.run", "job", target, null)));
    job.start();
    job.join();
    assertThat(entriesFor(target).get(0).actor()).isEqualTo("system");
    assertThat(entriesFor(target).get(0).actorKind()).isEqualTo("SYSTEM");
  }

  @Test
  void leavesNoEntryWhenTheCallersTransactionRollsBack() {
    String target = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          auditLog.record(AuditEvent.success("person.update", "person", target, null));
          status.setRollbackOnly();
        });
    assertThat(entriesFor(target)).isEmpty();
  }

  @Test
  void recordsFromInsideAReadOnlyTransaction(@Autowired PlatformTransactionManager manager) {
    String target = UUID.randomUUID().toString();
    TransactionTemplate readOnly = new TransactionTemplate(manager);
    readOnly.setReadOnly(true);
    readOnly.executeWithoutResult(
        status -> auditLog.record(AuditEvent.success("person.unmask", "person", target, null)));
    assertThat(entriesFor(target)).hasSize(1);
  }

  @Test
  void keepsAnIndependentEntryEvenWhenTheSurroundingTransactionRollsBack(
      @Autowired JdbcAuditLog log) {
    String target = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          auditLog.record(AuditEvent.success("person.update", "person", target, null));
          log.recordIndependently(AuditEvent.denied("access.denied", "person", target, null));
          status.setRollbackOnly();
        });
    assertThat(entriesFor(target)).extracting(AuditRecord::action).containsExactly("access.denied");
  }

  @Test
  void applicationRoleCannotUpdateDeleteOrTruncateAuditRows() {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    assertThatThrownBy(
            () ->
                jdbc.sql("update platform.audit_log set detail = 'x' where target_id = ?")
                    .param(target)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from platform.audit_log where target_id = ?")
                    .param(target)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("truncate platform.audit_log").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThat(entriesFor(target)).hasSize(1);
  }

  @Test
  void triggerRefusesChangesEvenFromTheOwner() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    try (Connection owner = ownerConnection();
        PreparedStatement delete =
            owner.prepareStatement("delete from platform.audit_log where target_id = ?")) {
      delete.setString(1, target);
      assertThatThrownBy(delete::executeUpdate).hasMessageContaining("append-only");
    }
    assertThat(entriesFor(target)).hasSize(1);
  }

  @Test
  void verificationFindsARowTamperedByTheOwnerAtItsId() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.view", "person", target, "原始"));
    auditLog.record(AuditEvent.success("person.view", "person", target + "-next", null));
    chainer.chainPending();
    AuditRecord tampered = entriesFor(target).get(0);
    try (Connection owner = ownerConnection()) {
      setDetail(owner, tampered.id(), "篡改");
      try {
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtId()).isEqualTo(tampered.id());
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.CONTENT);
        assertThat(result.stored()).isEqualTo(AuditHash.hex(tampered.hash()));
        assertThat(result.expected()).isNotEqualTo(result.stored());
      } finally {
        setDetail(owner, tampered.id(), "原始");
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void verificationReportsEveryTamperedEntryNotOnlyTheFirst() throws Exception {
    String target = UUID.randomUUID().toString();
    for (int i = 0; i < 4; i++) {
      auditLog.record(AuditEvent.success("person.view", "person", target, "原始" + i));
    }
    chainer.chainPending();
    List<AuditRecord> entries = entriesFor(target);
    try (Connection owner = ownerConnection()) {
      setDetail(owner, entries.get(1).id(), "篡改一");
      setDetail(owner, entries.get(3).id(), "篡改二");
      try {
        ChainVerification result = verifier.verify();
        assertThat(result.breaks())
            .extracting(ChainVerification.Break::entryId, ChainVerification.Break::problem)
            .contains(
                org.assertj.core.groups.Tuple.tuple(
                    entries.get(1).id(), ChainVerification.Problem.CONTENT),
                org.assertj.core.groups.Tuple.tuple(
                    entries.get(3).id(), ChainVerification.Problem.CONTENT));
        assertThat(result.breakCount()).isGreaterThanOrEqualTo(2);
      } finally {
        setDetail(owner, entries.get(1).id(), "原始1");
        setDetail(owner, entries.get(3).id(), "原始3");
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void verificationFindsALinkedEntryRemovedByTheOwner() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    chainer.chainPending();
    AuditRecord removed = entriesFor(target).get(0);
    try (Connection owner = ownerConnection()) {
      withTriggerDisabled(
          owner, "audit_log", "delete from platform.audit_log where id = " + removed.id());
      try {
        ChainVerification result = verifier.verify();
        assertThat(result.brokenAtId()).isEqualTo(removed.id());
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.MISSING);
      } finally {
        reinsert(owner, removed);
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void verificationFindsARemovedLinkAtTheNextEntry() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    auditLog.record(AuditEvent.success("person.view", "person", target, null));
    chainer.chainPending();
    List<AuditRecord> entries = entriesFor(target);
    long seq = seqOf(entries.get(0).id());
    try (Connection owner = ownerConnection()) {
      withTriggerDisabled(
          owner, "audit_link", "delete from platform.audit_link where seq = " + seq);
      try {
        ChainVerification result = verifier.verify();
        assertThat(result.brokenAtId()).isEqualTo(entries.get(1).id());
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.LINK);
        assertThat(result.stored()).isEqualTo(AuditHash.hex(entries.get(0).hash()));
      } finally {
        relink(owner, seq, entries.get(0));
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void verificationFindsAnEntryTakenOutOfTheQueueBeforeItWasLinked() {
    String target = UUID.randomUUID().toString();
    // one transaction: the scheduled chainer cannot link the entry before the queue row is gone
    long id =
        transactions.execute(
            status -> {
              auditLog.record(AuditEvent.success("person.view", "person", target, null));
              long entry = entriesFor(target).get(0).id();
              jdbc.sql("delete from platform.audit_pending where entry_id = ?")
                  .param(entry)
                  .update();
              return entry;
            });

    ChainVerification result = verifier.verify();
    assertThat(result.problem()).isEqualTo(ChainVerification.Problem.UNCHAINED);
    assertThat(result.brokenAtId()).isEqualTo(id);

    jdbc.sql("insert into platform.audit_pending (entry_id) values (?)").param(id).update();
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void anAuditedTransactionDoesNotWaitForAnotherOneToCommit() throws Exception {
    String target = UUID.randomUUID().toString();
    java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> open =
          pool.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        auditLog.record(AuditEvent.success("slow.change", "x", target, null));
                        recorded.countDown();
                        await(release);
                      }));
      await(recorded);
      // The first transaction is still open; this one records and commits regardless.
      java.util.concurrent.CompletableFuture.runAsync(
              () ->
                  transactions.executeWithoutResult(
                      status ->
                          auditLog.record(AuditEvent.success("quick.change", "x", target, null))))
          .get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(entriesFor(target))
          .extracting(AuditRecord::action)
          .containsExactly("quick.change");
      release.countDown();
      open.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      release.countDown();
      pool.shutdown();
    }
    chainer.chainPending();
    assertThat(entriesFor(target)).extracting(AuditRecord::hash).doesNotContainNull();
    assertThat(verifier.verify().intact()).isTrue();
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      assertThat(latch.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void applicationRoleCannotSwitchOffTheProtectingTrigger() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "alter table platform.audit_log disable trigger audit_log_no_update_or_delete")
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("must be owner");
  }

  @Test
  void concurrentAppendsStillFormOneChain() throws Exception {
    String target = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20; i++) {
                    auditLog.record(AuditEvent.success("load.test", "thread", target, null));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(entriesFor(target)).hasSize(120);
    chainer.chainPending();
    Long forks =
        jdbc.sql("select count(*) - count(distinct prev_hash) from platform.audit_link")
            .query(Long.class)
            .single();
    assertThat(forks).isZero();
    ChainVerification result = verifier.verify();
    assertThat(result.intact()).as(result.summary()).isTrue();
  }

  private List<AuditRecord> entriesFor(String target) {
    return jdbc.sql(
            """
            select id, occurred_at, actor, actor_kind, actor_roles, actor_region, remote_address,
                   action, target_type, target_id, outcome, detail, l.prev_hash, l.hash
            from platform.audit_log left join platform.audit_link l on l.entry_id = id
            where target_id = ? order by id
            """)
        .param(target)
        .query((rs, n) -> AuditRecord.read(rs))
        .list();
  }

  @Test
  void aDisabledProtectiveTriggerIsFoundRaisedAsAnAlarmAndClearedWhenEnabledAgain()
      throws Exception {
    protection.check();
    assertThat(protection.unprotected()).isEmpty();
    try (Connection owner = ownerConnection();
        Statement s = owner.createStatement()) {
      s.execute("alter table platform.audit_log disable trigger audit_log_no_truncate");
      try {
        assertThat(protection.unprotected()).containsExactly("audit_log_no_truncate");
        protection.check();
        assertThat(protection.disabledCount()).isEqualTo(1);
        assertThat(
                jdbc.sql(
                        "select count(*) from platform.audit_log where action ="
                            + " 'audit.protection.disabled' and target_id ="
                            + " 'audit_log_no_truncate'")
                    .query(Long.class)
                    .single())
            .isPositive();
      } finally {
        s.execute("alter table platform.audit_log enable trigger audit_log_no_truncate");
      }
    }
    protection.check();
    assertThat(protection.disabledCount()).isZero();
  }

  private Connection ownerConnection() throws Exception {
    return DriverManager.getConnection(
        environment.getRequiredProperty("spring.datasource.url"),
        "minzheng_owner",
        "minzheng-local");
  }

  private long seqOf(long entryId) {
    return jdbc.sql("select seq from platform.audit_link where entry_id = ?")
        .param(entryId)
        .query(Long.class)
        .single();
  }

  private static void withTriggerDisabled(Connection owner, String table, String sql)
      throws Exception {
    try (Statement s = owner.createStatement()) {
      s.execute(
          "alter table platform." + table + " disable trigger " + table + "_no_update_or_delete");
      try {
        s.execute(sql);
      } finally {
        s.execute(
            "alter table platform." + table + " enable trigger " + table + "_no_update_or_delete");
      }
    }
  }

  /** Puts a removed entry back (the database queues it; the chainer sees it is linked already). */
  private static void reinsert(Connection owner, AuditRecord r) throws Exception {
    try (PreparedStatement insert =
        owner.prepareStatement(
            """
            insert into platform.audit_log (id, occurred_at, actor, actor_kind, actor_roles,
              actor_region, remote_address, action, target_type, target_id, outcome, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)) {
      insert.setLong(1, r.id());
      insert.setObject(2, r.occurredAt().atOffset(java.time.ZoneOffset.UTC));
      insert.setString(3, r.actor());
      insert.setString(4, r.actorKind());
      insert.setString(5, r.actorRoles());
      insert.setString(6, r.actorRegion());
      insert.setString(7, r.remoteAddress());
      insert.setString(8, r.action());
      insert.setString(9, r.targetType());
      insert.setString(10, r.targetId());
      insert.setString(11, r.outcome());
      insert.setString(12, r.detail());
      insert.executeUpdate();
    }
  }

  private static void relink(Connection owner, long seq, AuditRecord r) throws Exception {
    try (PreparedStatement insert =
        owner.prepareStatement(
            "insert into platform.audit_link (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setLong(2, r.id());
      insert.setBytes(3, r.prevHash());
      insert.setBytes(4, r.hash());
      insert.executeUpdate();
    }
  }

  /** The way an attacker with the owner's password would do it: trigger off, change, trigger on. */
  private static void setDetail(Connection owner, long id, String detail) throws Exception {
    try (Statement s = owner.createStatement()) {
      s.execute("alter table platform.audit_log disable trigger audit_log_no_update_or_delete");
    }
    try (PreparedStatement update =
        owner.prepareStatement("update platform.audit_log set detail = ? where id = ?")) {
      update.setString(1, detail);
      update.setLong(2, id);
      update.executeUpdate();
    } finally {
      try (Statement s = owner.createStatement()) {
        s.execute("alter table platform.audit_log enable trigger audit_log_no_update_or_delete");
      }
    }
  }
}
