package cn.minzheng.elderly.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffLevel;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the elderly module, each card for the office that acts: institution filings waiting for a
 * receipt go to the county bureau (养老机构管理办法: filing with the county civil-affairs department),
 * those the institutions filed online (or answered with more materials) apart (overdue after 5
 * days: the bureau answers promptly so that the 10-working-day rule means something); modification
 * cases waiting for a step of the street or community (assessment, plan, works, acceptance; overdue
 * after 30 days) and those accepted and waiting for the bureau's subsidy decision; and to an
 * institution's operator its own filing when the bureau asked for more materials.
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
    RegionFilter scope = dataScope.of(user);
    boolean county = user.has(Role.DISTRICT_APPROVER) && user.level() == StaffLevel.DISTRICT;
    boolean field = user.has(Role.STREET_CASEWORKER) || user.has(Role.COMMUNITY_WORKER);
    return Stream.of(
            county
                ? filings(scope, false, "elderly.filing", "养老机构备案待审核")
                : Optional.<WorkQueueEntry>empty(),
            county
                ? filings(scope, true, "elderly.filing.online", "养老机构网上备案待审核")
                : Optional.<WorkQueueEntry>empty(),
            field
                ? PendingWork.in(jdbc, scope)
                    .rows(
                        "elderly.modification_case",
                        "status in ('APPLIED', 'ASSESSED', 'PLANNED', 'IN_WORKS')")
                    .overdueWhen("updated_at < now() - interval '30 days'")
                    .card("elderly.modification", "适老化改造办理中", "/elderly/modification")
                : Optional.<WorkQueueEntry>empty(),
            county
                ? PendingWork.in(jdbc, scope)
                    .rows("elderly.modification_case", "status = 'ACCEPTED'")
                    .overdueWhen("updated_at < now() - interval '30 days'")
                    .card("elderly.modification.subsidy", "适老化改造已验收待核定补贴", "/elderly/modification")
                : Optional.<WorkQueueEntry>empty(),
            user.has(Role.INSTITUTION_OPERATOR)
                ? materialsRequested(user)
                : Optional.<WorkQueueEntry>empty())
        .flatMap(Optional::stream)
        .toList();
  }

  /** The operator's own institution, when the bureau asked it for more materials. */
  private Optional<WorkQueueEntry> materialsRequested(StaffUser user) {
    return PendingWork.in(jdbc, dataScope.of(user))
        .rows(
            "elderly.institution i join elderly.institution_operator o on o.institution_id = i.id",
            "i.status = 'MORE_MATERIALS' and o.username = ?",
            user.username())
        .oldest("i.updated_at")
        .regionColumn("i.region_code")
        .card("elderly.materials", "本机构备案需补充材料", InstitutionOperatorPage.PATH);
  }

  private Optional<WorkQueueEntry> filings(
      RegionFilter scope, boolean online, String kind, String label) {
    return PendingWork.in(jdbc, scope)
        .rows("elderly.institution", "status = 'SUBMITTED' and filed_online = ?", online)
        .overdueWhen("submitted_on < current_date - 5")
        .card(kind, label, "/elderly/institutions");
  }
}
