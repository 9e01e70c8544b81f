package cn.minzheng.elderly.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    RegionFilter filter = dataScope.of(user);
    boolean all = filter.unrestricted();
    String[] scope = filter.codesArray();
    List<WorkQueueEntry> entries = new ArrayList<>();
    for (boolean online : new boolean[] {false, true}) {
      Map<String, Object> filings =
          jdbc.sql(
                  """
                  select count(*) as pending,
                         count(*) filter (where submitted_on < current_date - 5) as overdue
                    from elderly.institution where status = 'SUBMITTED' and filed_online = ?
                     and (? or region_code = any(?))""")
              .params(online, all, scope)
              .query()
              .singleRow();
      if (online) {
        add(entries, "elderly.filing.online", "养老机构网上备案待审核", filings, "/elderly/institutions");
      } else {
        add(entries, "elderly.filing", "养老机构备案待审核", filings, "/elderly/institutions");
      }
    }
    Map<String, Object> cases =
        jdbc.sql(
                """
                select count(*) as pending,
                       count(*) filter (where updated_at < now() - interval '30 days') as overdue
                  from elderly.modification_case
                 where status in ('APPLIED', 'ASSESSED', 'PLANNED', 'IN_WORKS', 'ACCEPTED')
                   and (? or region_code = any(?))""")
            .params(all, scope)
            .query()
            .singleRow();
    add(entries, "elderly.modification", "适老化改造办理中", cases, "/elderly/modification");
    return entries;
  }

  private static void add(
      List<WorkQueueEntry> entries,
      String kind,
      String label,
      Map<String, Object> row,
      String link) {
    long pending = ((Number) row.get("pending")).longValue();
    if (pending > 0) {
      entries.add(
          new WorkQueueEntry(
              kind, label, pending, ((Number) row.get("overdue")).longValue(), link));
    }
  }
}
