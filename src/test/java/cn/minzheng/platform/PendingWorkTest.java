package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The work-queue count on a temporary table of the test's own transaction. */
@SpringBootTest
@Transactional
class PendingWorkTest {

  static final String STREET = "510104001000";
  static final String OTHER_STREET = "510104002000";
  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final Instant OLDEST = Instant.parse("2026-03-01T02:00:00Z");

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void rows() {
    jdbc.sql(
            """
            create temp table probe (region_code text, state text, due date, arrived timestamptz)
              on commit drop""")
        .update();
    jdbc.sql(
            """
            insert into probe values
              ('510104001000', 'OPEN', '2026-03-09', '2026-03-05T00:00:00Z'),
              ('510104001000', 'OPEN', '2026-03-10', '2026-03-01T02:00:00Z'),
              ('510104001000', 'OPEN', '2026-03-20', '2026-03-08T00:00:00Z'),
              ('510104001000', 'DONE', '2026-01-01', '2026-01-01T00:00:00Z'),
              ('510104002000', 'OPEN', '2026-01-01', '2026-02-01T00:00:00Z')""")
        .update();
  }

  PendingWork open(RegionFilter scope) {
    return PendingWork.in(jdbc, scope)
        .rows("probe", "state = ?", "OPEN")
        .overdueWhen("due < ?", TODAY)
        .oldest("arrived");
  }

  @Test
  void countsThePendingRowsOfTheScopeWithTheOverdueAndTheOldest() {
    WorkQueueEntry card =
        open(RegionFilter.of(Set.of(STREET))).card("probe.open", "待处理", "/probe").orElseThrow();
    assertThat(card).isEqualTo(new WorkQueueEntry("probe.open", "待处理", 3, 1, "/probe", OLDEST));
  }

  @Test
  void anUnrestrictedScopeCountsEveryRegion() {
    WorkQueueEntry card =
        open(RegionFilter.all()).card("probe.open", "待处理", "/probe").orElseThrow();
    assertThat(card.count()).isEqualTo(4);
    assertThat(card.overdue()).isEqualTo(2);
  }

  @Test
  void noCardWhenNothingIsPendingInTheScope() {
    assertThat(open(RegionFilter.of(Set.of("510104003000"))).card("probe.open", "待处理", "/x"))
        .isEmpty();
  }

  @Test
  void withoutAnOverdueRuleNothingIsOverdueAndWithoutAnArrivalColumnTheOldestIsUnknown() {
    WorkQueueEntry card =
        PendingWork.in(jdbc, RegionFilter.of(Set.of(STREET, OTHER_STREET)))
            .rows("probe", "state = 'OPEN'")
            .card("probe.open", "待处理", "/probe")
            .orElseThrow();
    assertThat(card).isEqualTo(new WorkQueueEntry("probe.open", "待处理", 4, 0, "/probe", null));
  }
}
