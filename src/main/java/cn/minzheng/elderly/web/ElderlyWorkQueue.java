package cn.minzheng.elderly.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the elderly module: institution filings waiting for a receipt, those the institutions filed
 * online (or answered with more materials) apart (overdue after 5 days: the bureau answers promptly
 * so that the 10-working-day rule means something) and modification cases waiting for their next
 * step (overdue after 30 days).
 */
@Component
class ElderlyWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  ElderlyWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (user.roles().stream().noneMatch(ElderlyMenu.STAFF::contains)) {
      return List.of();
    }
    RegionFilter scope = dataScope.of(user);
    return Stream.of(
            filings(scope, false, "elderly.filing", "养老机构备案待审核"),
            filings(scope, true, "elderly.filing.online", "养老机构网上备案待审核"),
            PendingWork.in(jdbc, scope)
                .rows(
                    "elderly.modification_case",
                    "status in ('APPLIED', 'ASSESSED', 'PLANNED', 'IN_WORKS', 'ACCEPTED')")
                .overdueWhen("updated_at < now() - interval '30 days'")
                .card("elderly.modification", "适老化改造办理中", "/elderly/modification"))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<WorkQueueEntry> filings(
      RegionFilter scope, boolean online, String kind, String label) {
    return PendingWork.in(jdbc, scope)
        .rows("elderly.institution", "status = 'SUBMITTED' and filed_online = ?", online)
        .overdueWhen("submitted_on < current_date - 5")
        .card(kind, label, "/elderly/institutions");
  }
}
