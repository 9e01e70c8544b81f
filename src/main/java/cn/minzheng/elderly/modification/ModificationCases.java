package cn.minzheng.elderly.modification;

import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.registry.PersonSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 适老化改造 cases: application, assessment with catalogue items (quantity x unit price), plan, works,
 * acceptance, subsidy (the plan's cost up to the cap per household). Every step is a row of the
 * history; a step out of order is refused.
 */
@Service
public class ModificationCases {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final BigDecimal subsidyCap;

  ModificationCases(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${minzheng.elderly.modification.subsidy-cap:3000}") BigDecimal subsidyCap) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.subsidyCap = subsidyCap;
  }

  @Transactional
  public long apply(PersonSummary elder, LocalDate on, String by) {
    if (!elder.alive()) {
      throw new HomeServiceRejected("该老人已登记死亡");
    }
    long id =
        jdbc.sql(
                """
                insert into elderly.modification_case (person_id, region_code, applied_on,
                       created_by) values (?, ?, ?, ?)
                on conflict (person_id) where status not in ('SUBSIDISED', 'REJECTED') do nothing
                returning id""")
            .params(elder.id(), elder.residenceRegionCode(), on, by)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new HomeServiceRejected("该老人已有办理中的适老化改造申请"));
    history(id, ModificationStatus.APPLIED, null, by);
    return id;
  }

  /** Records the assessed items (catalogue code -> quantity), replacing an earlier assessment. */
  @Transactional
  public BigDecimal assess(long caseId, Map<String, Integer> items, String by) {
    move(caseId, ModificationStatus.ASSESSED);
    jdbc.sql("delete from elderly.modification_item where case_id = ?").param(caseId).update();
    for (var item : items.entrySet()) {
      if (item.getValue() == null || item.getValue() <= 0) {
        continue;
      }
      int n =
          jdbc.sql(
                  """
                  insert into elderly.modification_item (case_id, code, quantity, cost)
                  select ?, code, ?, unit_price * ? from elderly.modification_catalogue
                   where code = ?""")
              .params(caseId, item.getValue(), item.getValue(), item.getKey())
              .update();
      if (n == 0) {
        throw new HomeServiceRejected("评估项目：目录中没有 " + item.getKey());
      }
    }
    BigDecimal cost =
        jdbc.sql("select coalesce(sum(cost), 0) from elderly.modification_item where case_id = ?")
            .param(caseId)
            .query(BigDecimal.class)
            .single();
    if (cost.signum() == 0) {
      throw new HomeServiceRejected("评估项目：至少选择一项");
    }
    jdbc.sql("update elderly.modification_case set plan_cost = ? where id = ?")
        .params(cost, caseId)
        .update();
    history(caseId, ModificationStatus.ASSESSED, "预算 " + cost + " 元", by);
    return cost;
  }

  @Transactional
  public void step(long caseId, ModificationStatus to, String note, String by) {
    if (to == ModificationStatus.APPLIED || to == ModificationStatus.ASSESSED) {
      throw new HomeServiceRejected("请使用申请或评估功能");
    }
    move(caseId, to);
    if (to == ModificationStatus.SUBSIDISED) {
      jdbc.sql("update elderly.modification_case set subsidy = least(plan_cost, ?) where id = ?")
          .params(subsidyCap, caseId)
          .update();
    }
    history(caseId, to, note, by);
  }

  private void move(long caseId, ModificationStatus to) {
    String[] from = to.from().stream().map(Enum::name).toArray(String[]::new);
    int n =
        jdbc.sql(
                """
                update elderly.modification_case set status = ?, updated_at = now()
                 where id = ? and status = any(?)""")
            .params(to.name(), caseId, from)
            .update();
    if (n == 0) {
      throw new HomeServiceRejected("当前状态不能办理“" + to.label() + "”");
    }
  }

  private void history(long caseId, ModificationStatus status, String note, String by) {
    jdbc.sql(
            "insert into elderly.modification_history (case_id, status, note, by_user)"
                + " values (?, ?, ?, ?)")
        .params(caseId, status.name(), note, by)
        .update();
    audit.record(AuditEvent.success("elderly.modification", "case", "" + caseId, status.label()));
  }
}
