package cn.minzheng.platform;

import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * The one query behind a work-queue card: how many rows are pending in the user's region subtree,
 * how many of them overdue, and since when the oldest waits. A {@link WorkQueueSource} describes
 * the rows of its own module's table and gets the card, or nothing when no row is pending (e.g. in
 * a module whose schema is {@code mymodule}):
 *
 * <pre>{@code
 * PendingWork.in(jdbc, dataScope.of(user))
 *     .rows("mymodule.application", "status = 'SUBMITTED' and online = ?", online)
 *     .overdueWhen("submitted_on < current_date - 5")
 *     .card("mymodule.filing", "申请待审核", "/mymodule/applications");
 * }</pre>
 */
@NamedInterface("shell")
public final class PendingWork {

  private final JdbcClient jdbc;
  private final RegionFilter scope;
  private String from;
  private String pendingWhen;
  private final List<Object> pendingParams = new ArrayList<>();
  private String overdueWhen = "false";
  private final List<Object> overdueParams = new ArrayList<>();
  private String oldestColumn;
  private String regionColumn = "region_code";

  private PendingWork(JdbcClient jdbc, RegionFilter scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** Counting within {@code scope} (the user's region subtree). */
  public static PendingWork in(JdbcClient jdbc, RegionFilter scope) {
    return new PendingWork(jdbc, scope);
  }

  /** The pending rows: a table (or join) and the condition, with its parameters. */
  public PendingWork rows(String from, String pendingWhen, Object... params) {
    this.from = from;
    this.pendingWhen = pendingWhen;
    pendingParams.addAll(Arrays.asList(params));
    return this;
  }

  /** Which of the pending rows are overdue; none unless said. */
  public PendingWork overdueWhen(String condition, Object... params) {
    this.overdueWhen = condition;
    overdueParams.addAll(Arrays.asList(params));
    return this;
  }

  /** The column saying when a row arrived, for the longest-waiting-first order of the home page. */
  public PendingWork oldest(String column) {
    this.oldestColumn = column;
    return this;
  }

  /** The column holding the row's region code; {@code region_code} unless said. */
  public PendingWork regionColumn(String column) {
    this.regionColumn = column;
    return this;
  }

  /** The card, or empty when nothing is pending. */
  public Optional<WorkQueueEntry> card(String kind, String label, String link) {
    List<Object> params = new ArrayList<>(overdueParams);
    params.addAll(pendingParams);
    params.add(scope.unrestricted());
    params.add(scope.codesArray());
    Map<String, Object> row =
        jdbc.sql(
                "select count(*) as pending, count(*) filter (where %s) as overdue, %s as oldest from %s where (%s) and (? or %s = any(?))"
                    .formatted(
                        overdueWhen,
                        oldestColumn == null ? "null" : "min(" + oldestColumn + ")",
                        from,
                        pendingWhen,
                        regionColumn))
            .params(params)
            .query()
            .singleRow();
    long pending = ((Number) row.get("pending")).longValue();
    if (pending == 0) {
      return Optional.empty();
    }
    Object oldest = row.get("oldest");
    return Optional.of(
        new WorkQueueEntry(
            kind,
            label,
            pending,
            ((Number) row.get("overdue")).longValue(),
            link,
            oldest instanceof Timestamp ts
                ? ts.toInstant()
                : oldest instanceof OffsetDateTime odt ? odt.toInstant() : null));
  }
}
