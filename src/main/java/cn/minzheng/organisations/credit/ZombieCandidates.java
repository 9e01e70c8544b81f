package cn.minzheng.organisations.credit;

import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 僵尸型社会组织: proposed when a registered organisation has filed no annual report for the last two
 * years whose deadline has passed, or cannot be reached at its registered address (an open
 * UNREACHABLE listing); staff confirm (then deregistration or revocation, a revocation also lists
 * it as seriously dishonest) or dismiss. Counted per district for the brief's "清理僵尸组织".
 */
@Service
public class ZombieCandidates {

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final CreditLists lists;
  private final AuditLog audit;

  ZombieCandidates(
      JdbcClient jdbc, Organisations organisations, CreditLists lists, AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.lists = lists;
    this.audit = audit;
  }

  /** One candidate. */
  public record Candidate(
      long id,
      long organisationId,
      String name,
      @Nullable String creditCode,
      String regionCode,
      String reasons,
      LocalDate proposedOn,
      String status,
      @Nullable String outcome) {

    public String statusLabel() {
      return switch (status) {
        case "PROPOSED" -> "待确认";
        case "CONFIRMED" -> "DEREGISTERED".equals(outcome) ? "已确认（注销）" : "已确认（撤销登记）";
        default -> "已排除";
      };
    }
  }

  /**
   * Proposes the candidates as of {@code today}: the two latest report years whose authority
   * deadline has passed. Set-based; a candidate already proposed, confirmed or dismissed is not
   * proposed again.
   */
  @Transactional
  public int detect(LocalDate today) {
    return jdbc.sql(
            """
            with years as (
              select o.id,
                     case when make_date(extract(year from cast(:today as date))::int, d.authority_month, d.authority_day) < :today
                          then extract(year from cast(:today as date))::int - 1
                          else extract(year from cast(:today as date))::int - 2 end as last_year
                from organisations.organisation o
                join organisations.report_deadline d on d.kind = o.kind
               where o.status in ('NORMAL', 'RECTIFYING'))
            insert into organisations.zombie_candidate (organisation_id, region_code, reasons, proposed_on)
            select o.id, o.region_code,
                   concat_ws('；',
                     case when silent then y.last_year - 1 || '、' || y.last_year || '年度连续两年未报送年度报告' end,
                     case when unreachable then '通过登记的住所无法取得联系' end), :today
              from organisations.organisation o
              join years y on y.id = o.id
              cross join lateral (
                select o.registered_on <= make_date(y.last_year - 1, 1, 1)
                       and not exists (select 1 from organisations.annual_report r
                                        where r.organisation_id = o.id and r.year in (y.last_year - 1, y.last_year)) as silent,
                       exists (select 1 from organisations.listing l where l.organisation_id = o.id
                                  and l.trigger = 'UNREACHABLE' and l.removed_on is null) as unreachable) c
             where (c.silent or c.unreachable)
               and not exists (select 1 from organisations.zombie_candidate z where z.organisation_id = o.id)
            """)
        .param("today", today)
        .update();
  }

  @Transactional
  public void confirm(long id, OrganisationStatus outcome, LocalDate on, String by) {
    Candidate c = find(id).orElseThrow(() -> new RecordNotFoundException("zombie-candidate"));
    if (!c.status().equals("PROPOSED")) {
      throw new InvalidInput("outcome", "处理：该候选已处理");
    }
    if (outcome != OrganisationStatus.DEREGISTERED && outcome != OrganisationStatus.REVOKED) {
      throw new InvalidInput("outcome", "处理方式：须为注销或撤销登记");
    }
    jdbc.sql(
            "update organisations.zombie_candidate set status = 'CONFIRMED', outcome = ?, decided_by = ?, decided_on = ? where id = ?")
        .params(outcome.name(), by, on, id)
        .update();
    organisations.setStatus(c.organisationId(), outcome, on, "清理僵尸型社会组织：" + c.reasons(), by);
    if (outcome == OrganisationStatus.REVOKED) {
      lists.list(c.organisationId(), ListTrigger.REVOKED, "僵尸组织清理" + id, on, by);
    }
    audit.record(
        AuditEvent.success(
            "organisations.zombie.confirm",
            "organisation",
            "" + c.organisationId(),
            outcome.name()));
  }

  @Transactional
  public void dismiss(long id, LocalDate on, String by) {
    int n =
        jdbc.sql(
                "update organisations.zombie_candidate set status = 'DISMISSED', decided_by = ?, decided_on = ? where id = ? and status = 'PROPOSED'")
            .params(by, on, id)
            .update();
    if (n == 0) {
      throw new InvalidInput("outcome", "处理：该候选已处理");
    }
    audit.record(
        AuditEvent.success("organisations.zombie.dismiss", "zombie-candidate", "" + id, null));
  }

  public Optional<Candidate> find(long id) {
    return jdbc.sql(select() + " where z.id = ?").param(id).query(Candidate.class).optional();
  }

  public PageResult<Candidate> page(RegionFilter scope, boolean proposedOnly, PageQuery page) {
    String where = " where (? or z.region_code = any(?)) and (not ? or z.status = 'PROPOSED')";
    Object[] params = {scope.unrestricted(), scope.codesArray(), proposedOnly};
    long total =
        jdbc.sql("select count(*) from organisations.zombie_candidate z" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Candidate> rows =
        jdbc.sql(
                select()
                    + where
                    + " order by z.proposed_on desc, z.id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Candidate.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  private static String select() {
    return """
        select z.id, z.organisation_id, o.name, o.credit_code, z.region_code, z.reasons,
               z.proposed_on, z.status, z.outcome
          from organisations.zombie_candidate z join organisations.organisation o on o.id = z.organisation_id""";
  }
}
