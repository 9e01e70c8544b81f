package cn.minzheng.disability.subsidy;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 免申即享: the persons the monthly run found eligible for the first time, listed per street; the
 * street confirms them (paid for every eligible month, months already computed are computed again
 * or paid as arrears) or declines with a reason. Every list and decision is scoped to the caller's
 * region subtree (out of scope: not found) and every decision is audited and told to the person.
 */
@Service
public class NewlyEligible {

  public static final Set<String> SORTS = Set.of("first_month", "name", "region_code");

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final AuditLog audit;
  private final SubsidyCorrections corrections;
  private final CitizenMessages messages;
  private final TransactionTemplate tx;

  NewlyEligible(
      JdbcClient jdbc,
      DataScope scope,
      AuditLog audit,
      SubsidyCorrections corrections,
      CitizenMessages messages,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
    this.corrections = corrections;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A recipient row of the list (the amount is the one of the latest computed month). */
  public record Recipient(
      long personId,
      String name,
      Subsidy subsidy,
      LocalDate firstMonth,
      String regionCode,
      String status,
      @Nullable String declineReason,
      @Nullable String category,
      @Nullable Integer grade,
      @Nullable BigDecimal amount) {

    public String subsidyLabel() {
      return subsidy.label();
    }

    public String statusLabel() {
      return statusLabelOf(status);
    }

    /** The Chinese name of a recipient status (also in a person's picture). */
    public static String statusLabelOf(String status) {
      return switch (status) {
        case "PENDING" -> "待街道确认";
        case "CONFIRMED" -> "已确认发放";
        default -> "不予发放";
      };
    }

    public String ratingLabel() {
      return category == null ? "" : Categories.label(category) + grade + "级";
    }

    public String firstMonthLabel() {
      return firstMonth.getYear() + "年" + firstMonth.getMonthValue() + "月";
    }
  }

  private static final String SELECT =
      """
      select r.person_id, p.name, r.subsidy, r.first_month, r.region_code, r.status,
             r.decline_reason, e.category, e.grade, e.amount
        from disability.recipient r
        join registry.person_fact p on p.id = r.person_id
        left join lateral (select category, grade, amount from disability.eligible_month m
                            where m.person_id = r.person_id and m.subsidy = r.subsidy
                            order by m.month desc limit 1) e on true
      """;

  /** The list of one status (PENDING: the newly eligible) in the caller's scope. */
  public PageResult<Recipient> list(String status, PageQuery page) {
    RegionFilter filter = scope.current();
    String where = " where r.status = ? and (? or r.region_code = any(?))";
    long total =
        jdbc.sql("select count(*) from disability.recipient r" + where)
            .params(status, filter.unrestricted(), filter.codesArray())
            .query(Long.class)
            .single();
    List<Recipient> items =
        jdbc.sql(
                SELECT
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", r.person_id, r.subsidy limit ? offset ?")
            .params(status, filter.unrestricted(), filter.codesArray(), page.size(), page.offset())
            .query(Recipient.class)
            .list();
    return new PageResult<>(items, page, total);
  }

  /** One recipient in the caller's scope; out of scope or unknown: not found. */
  public Recipient find(long personId, Subsidy subsidy) {
    Recipient r =
        jdbc.sql(SELECT + " where r.person_id = ? and r.subsidy = ?")
            .params(personId, subsidy.name())
            .query(Recipient.class)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("recipient"));
    scope.requireInScope(r.regionCode());
    return r;
  }

  /** Confirms a pending person; the eligible months are then paid (arrears where approved). */
  public void confirm(long personId, Subsidy subsidy, String by) {
    Recipient r = find(personId, subsidy);
    if (!"PENDING".equals(r.status())) {
      throw new InvalidInput("status", "该人员已处理（" + r.statusLabel() + "）");
    }
    YearMonth from = decide(r, "CONFIRMED", null, by);
    corrections.recompute(List.of(personId), from, "街道确认" + subsidy.label());
  }

  /** Declines a pending person with a reason the person reads. */
  public void decline(long personId, Subsidy subsidy, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "请填写不予发放的原因");
    }
    Recipient r = find(personId, subsidy);
    if (!"PENDING".equals(r.status())) {
      throw new InvalidInput("status", "该人员已处理（" + r.statusLabel() + "）");
    }
    decide(r, "DECLINED", reason.strip(), by);
  }

  /** Confirms every pending person in the caller's scope; @return how many. */
  public int confirmAll(String by) {
    RegionFilter filter = scope.current();
    List<Recipient> pending =
        jdbc.sql(SELECT + " where r.status = 'PENDING' and (? or r.region_code = any(?))")
            .params(filter.unrestricted(), filter.codesArray())
            .query(Recipient.class)
            .list();
    YearMonth from = null;
    for (Recipient r : pending) {
      YearMonth f = decide(r, "CONFIRMED", null, by);
      from = from == null || f.isBefore(from) ? f : from;
    }
    if (from != null) {
      corrections.recompute(
          pending.stream().map(Recipient::personId).distinct().toList(), from, "街道确认");
    }
    return pending.size();
  }

  /** One row ticked on the list: the person and the subsidy. */
  public record Selection(long personId, Subsidy subsidy) {}

  /**
   * Confirms the ticked rows, all or none: every row is first read in the caller's scope (one
   * outside it is not found), then the decisions are written in one transaction, which one row
   * already decided (by a colleague meanwhile) rolls back whole with a message naming the person.
   * The months are recomputed after the commit, as for one confirmation. @return how many.
   */
  public int confirmSelected(List<Selection> selected, String by) {
    if (selected.isEmpty()) {
      throw new InvalidInput("selected", "请先勾选要确认的人员");
    }
    List<Recipient> rows =
        selected.stream().distinct().map(k -> find(k.personId(), k.subsidy())).toList();
    YearMonth from =
        tx.execute(
            s -> {
              YearMonth first = null;
              for (Recipient r : rows) {
                if (!"PENDING".equals(r.status())) {
                  throw new InvalidInput(
                      "selected",
                      r.name()
                          + "的"
                          + r.subsidy().label()
                          + "已处理（"
                          + r.statusLabel()
                          + "），本批未确认任何人");
                }
                YearMonth f = record(r, "CONFIRMED", null, by);
                first = first == null || f.isBefore(first) ? f : first;
              }
              return first;
            });
    corrections.recompute(
        rows.stream().map(Recipient::personId).distinct().toList(), from, "街道批量确认");
    return rows.size();
  }

  /**
   * Records the decision (committed before the months are recomputed, which run in transactions of
   * their own) and answers the first month to recompute: the first month seen or, for a rating
   * back-dated before it, the month after its certificate date.
   */
  private YearMonth decide(Recipient r, String status, @Nullable String reason, String by) {
    return tx.execute(s -> record(r, status, reason, by));
  }

  /** The decision's writes, in the caller's transaction (one row or a whole batch). */
  private YearMonth record(Recipient r, String status, @Nullable String reason, String by) {
    int changed =
        jdbc.sql(
                """
                      update disability.recipient
                         set status = ?, decline_reason = ?, decided_by = ?, decided_at = now()
                       where person_id = ? and subsidy = ? and status = 'PENDING'""")
            .params(status, reason, by, r.personId(), r.subsidy().name())
            .update();
    if (changed == 0) {
      throw new InvalidInput("status", "该人员已处理");
    }
    audit.record(
        AuditEvent.success(
            "disability.subsidy." + status.toLowerCase(java.util.Locale.ROOT),
            "disability_recipient",
            r.personId() + ":" + r.subsidy().name(),
            reason));
    String subject =
        "CONFIRMED".equals(status) ? r.subsidy().label() + "已确认发放" : r.subsidy().label() + "不予发放";
    String body =
        "CONFIRMED".equals(status)
            ? "经街道确认，您符合" + r.subsidy().label() + "条件，无需申请，按月发放。详情见“我的残疾人补贴”。"
            : "经街道核实，" + r.subsidy().label() + "不予发放，原因：" + reason;
    messages.send(
        CitizenMessage.to(r.personId(), subject, body)
            .withLink("/portal/disability")
            .once("disability:" + status + ":" + r.subsidy().name() + ":" + r.personId()));
    LocalDate earliest =
        jdbc.sql(
                """
                      select least(?, (select min(certificate_date) + interval '1 month'
                                         from disability.rating where person_id = ?
                                          and removed_reason is null))::date""")
            .params(r.firstMonth(), r.personId())
            .query(LocalDate.class)
            .single();
    return YearMonth.from(earliest);
  }
}
