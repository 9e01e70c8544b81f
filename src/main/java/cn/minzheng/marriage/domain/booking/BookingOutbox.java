package cn.minzheng.marriage.domain.booking;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what a booking's own statement left in {@code marriage.booking_outbox} (migration V8): the
 * parties' messages and the audit entry, after the booking committed, in batches.
 *
 * <p>Why a table of marriage's own and not Spring Modulith's event publication registry: the
 * registry's row is inserted from Java (the event serialised by Jackson), one more round trip per
 * booking, and marked complete by another write per listener; the booking statement writes this row
 * itself, so a booking stays one statement. What the registry gives (kept after a crash, sent again
 * on restart) this table gives too: an undelivered row simply stays until a drain takes it.
 *
 * <p>Delivered once: a batch's rows are claimed with {@code for update skip locked} (two nodes, or
 * the schedule and a test, never take the same row) and deleted in the transaction that stores
 * their messages and audit entries, so a crash before that commit leaves the rows for the next
 * drain and nothing half-sent; the messages' once-keys refuse a second copy whatever happens. A
 * batch that fails is delivered row by row, and a row that still fails is put back for later with
 * its error (it never holds up the others).
 */
@Component
public class BookingOutbox {

  private static final Logger log = LoggerFactory.getLogger(BookingOutbox.class);

  private final JdbcClient jdbc;
  private final AppointmentStore store;
  private final BookingNotices notices;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final int batchSize;

  BookingOutbox(
      JdbcClient jdbc,
      AppointmentStore store,
      BookingNotices notices,
      AuditLog audit,
      PlatformTransactionManager transactionManager,
      @Value("${minzheng.marriage.outbox.batch-size:500}") int batchSize) {
    this.jdbc = jdbc;
    this.store = store;
    this.notices = notices;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelayString = "${minzheng.marriage.outbox.every:PT0.5S}",
      initialDelayString = "${minzheng.marriage.outbox.first:PT1S}")
  void drainOnSchedule() {
    drain();
  }

  /** Delivers every row that is due; answers how many were delivered. */
  public int drain() {
    int delivered = 0;
    while (true) {
      Batch batch;
      try {
        batch = transactions.execute(status -> deliver(claim(0, Long.MAX_VALUE, batchSize)));
      } catch (RuntimeException e) {
        log.warn("booking outbox: a batch failed, delivering its rows one by one", e);
        batch = rowByRow();
      }
      delivered += batch.delivered();
      if (batch.claimed() < batchSize) {
        return delivered;
      }
    }
  }

  private Batch rowByRow() {
    List<Long> due =
        jdbc.sql("select id from marriage.booking_outbox where due_at <= now() order by id limit ?")
            .param(batchSize)
            .query(Long.class)
            .list();
    int delivered = 0;
    for (long id : due) {
      try {
        delivered += transactions.execute(status -> deliver(claim(id, id, 1))).delivered();
      } catch (RuntimeException e) {
        log.warn("booking outbox: row {} put back for later", id, e);
        putBack(id, e);
      }
    }
    return new Batch(due.size(), delivered);
  }

  /** Retried after a minute per attempt so far, at most an hour. */
  private void putBack(long id, RuntimeException e) {
    transactions.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    update marriage.booking_outbox
                       set attempts = attempts + 1, last_error = left(?, 2000),
                           due_at = now() + least(attempts + 1, 60) * interval '1 minute'
                     where id = ?""")
                .params(String.valueOf(e), id)
                .update());
  }

  /**
   * The due rows with ids from {@code fromId} to {@code toId}, locked; those locked are skipped.
   */
  private List<Row> claim(long fromId, long toId, int limit) {
    return jdbc.sql(
            """
            select id, appointment_id, persons, actor, actor_kind, actor_roles, actor_region,
                   remote_address, occurred_at
              from marriage.booking_outbox
             where due_at <= now() and id between ? and ?
             order by id limit ? for update skip locked""")
        .params(fromId, toId, limit)
        .query(BookingOutbox::row)
        .list();
  }

  private Batch deliver(List<Row> rows) {
    if (rows.isEmpty()) {
      return new Batch(0, 0);
    }
    Map<Long, Appointment> byId =
        store.findAll(rows.stream().map(Row::appointmentId).toList()).stream()
            .collect(Collectors.toMap(Appointment::id, Function.identity()));
    notices.booked(
        rows.stream().map(r -> byId.get(r.appointmentId())).toList(),
        rows.stream().map(Row::persons).toList());
    for (Row r : rows) {
      audit.recordWitnessed(
          r.witness(),
          AuditEvent.success(
              "marriage.booking.create", "appointment", "" + r.appointmentId(), null),
          r.occurredAt());
    }
    jdbc.sql("delete from marriage.booking_outbox where id = any(?)")
        .param(rows.stream().map(Row::id).toArray(Long[]::new))
        .update();
    return new Batch(rows.size(), rows.size());
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Array persons = rs.getArray("persons");
    return new Row(
        rs.getLong("id"),
        rs.getLong("appointment_id"),
        Arrays.asList((Long[]) persons.getArray()),
        new AuditLog.Witness(
            rs.getString("actor"),
            rs.getString("actor_kind"),
            rs.getString("actor_roles"),
            rs.getString("actor_region"),
            rs.getString("remote_address")),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
  }

  private record Row(
      long id,
      long appointmentId,
      List<Long> persons,
      AuditLog.Witness witness,
      Instant occurredAt) {}

  /** Rows taken from the outbox and rows delivered of them. */
  private record Batch(int claimed, int delivered) {}
}
