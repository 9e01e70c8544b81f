package cn.minzheng.payments.domain;

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams a batch into {@code payments.entitlement_staging} with COPY, in chunks so that a month of
 * a million rows never sits in memory. The staging rows carry the batch id: nothing else sees them
 * until {@link #replaceMonth()} moves them in one transaction.
 */
final class CopyBatch implements EntitlementBatch {

  static final int CHUNK = 10_000;
  private static final String COPY =
      "copy payments.entitlement_staging (batch_id, person_id, amount, basis, region_code, case_ref)"
          + " from stdin with (format csv)";

  private final JdbcEntitlements owner;
  private final DataSource dataSource;
  private final Programme programme;
  private final YearMonth month;
  private final UUID batch = UUID.randomUUID();
  private final StringBuilder pending = new StringBuilder();
  private int pendingRows;
  private boolean replaced;

  CopyBatch(JdbcEntitlements owner, DataSource dataSource, Programme programme, YearMonth month) {
    this.owner = owner;
    this.dataSource = dataSource;
    this.programme = programme;
    this.month = month;
  }

  @Override
  public void add(Entitlement e) {
    if (replaced) {
      throw new IllegalStateException("batch already replaced its month");
    }
    pending
        .append(batch)
        .append(',')
        .append(e.personId())
        .append(',')
        .append(e.amount().toPlainString())
        .append(',')
        .append(csv(e.basis()))
        .append(',')
        .append(e.regionCode())
        .append(',')
        .append(e.caseRef() == null ? "" : csv(e.caseRef()))
        .append('\n');
    if (++pendingRows >= CHUNK) {
      flush();
    }
  }

  @Override
  public MonthReplaced replaceMonth() {
    return replaceMonth(() -> {});
  }

  MonthReplaced replaceMonth(Runnable beforeCommit) {
    flush();
    MonthReplaced result = owner.replaceStaged(batch, programme, month, beforeCommit);
    replaced = true;
    return result;
  }

  @Override
  public void close() {
    if (!replaced) {
      owner.discardStaged(batch);
    }
  }

  private void flush() {
    if (pendingRows == 0) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(COPY, new StringReader(pending.toString()));
    } catch (SQLException | IOException ex) {
      throw new IllegalStateException("entitlements could not be staged", ex);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    pending.setLength(0);
    pendingRows = 0;
  }

  private static String csv(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
