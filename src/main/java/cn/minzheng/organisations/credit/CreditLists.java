package cn.minzheng.organisations.credit;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.organisations.credit.ListTrigger.CreditList;
import cn.minzheng.organisations.register.Notices;
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
 * The credit lists of 民政部令第60号. Abnormal list: listed for a cause of article 10 (the annual report
 * not filed by the authority's deadline is found by {@link #listLateReports}); removed once the
 * rectification is verified, at the latest on the 5th working day after the verification (the
 * city's working calendar, §11.1). Serious list: listed for a cause of article 16 — among them two
 * years on the abnormal list ({@link #promoteAbnormal}); a new cause while listed moves the end;
 * removed two years after the latest cause ({@link #removeExpiredSerious}). Every listing and
 * removal has a decision number, a legal basis and a date, and the organisation is told.
 */
@Service
public class CreditLists {

  static final String COLUMNS =
      """
      id, organisation_id, region_code, organisation_name, credit_code, list, trigger, subject,
      decision_number, legal_basis, listed_on, last_trigger_on, verified_on, removal_due,
      removal_decision_number, removal_basis, removed_on""";

  /** Decision number: 成民社组异〔2026〕000123号; the removal 成民社组移异〔…〕. */
  static final String NUMBER =
      "'成民社组' || :mark || '〔' || extract(year from cast(:on as date))::int || '〕'"
          + " || lpad(nextval('organisations.decision_seq')::text, 6, '0') || '号'";

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;
  private final Notices notices;
  private final AuditLog audit;

  CreditLists(JdbcClient jdbc, WorkingCalendar calendar, Notices notices, AuditLog audit) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.notices = notices;
    this.audit = audit;
  }

  /**
   * Lists an organisation for {@code trigger} about {@code subject} (e.g. the report year) on
   * {@code on}. On the serious list a new cause of an organisation already listed moves its latest
   * cause instead of a second listing. Idempotent: the same cause and subject lists once.
   */
  @Transactional
  public long list(
      long organisationId, ListTrigger trigger, String subject, LocalDate on, String by) {
    jdbc.sql("select id from organisations.organisation where id = ? for update")
        .param(organisationId)
        .query()
        .listOfRows();
    if (trigger.list() == CreditList.SERIOUS) {
      Optional<Long> open =
          jdbc.sql(
                  "select id from organisations.listing where organisation_id = ? and list = 'SERIOUS' and removed_on is null")
              .param(organisationId)
              .query(Long.class)
              .optional();
      if (open.isPresent()) {
        jdbc.sql(
                "update organisations.listing set last_trigger_on = greatest(last_trigger_on, ?) where id = ?")
            .params(on, open.get())
            .update();
        notices.send(
            organisationId,
            "serious-trigger-" + trigger + "-" + subject,
            "因" + trigger.label() + "，严重违法失信名单的移出期限自" + on + "起重新计算");
        return open.get();
      }
    }
    Long id =
        jdbc.sql(
                ("""
                insert into organisations.listing (organisation_id, region_code, organisation_name,
                       credit_code, list, trigger, subject, decision_number, legal_basis,
                       listed_on, last_trigger_on, created_by)
                select o.id, o.region_code, o.name, o.credit_code, :list, :trigger, :subject, %s,
                       :basis, :on, :on, :by
                  from organisations.organisation o where o.id = :id
                on conflict (organisation_id, list, trigger, subject) do nothing
                returning id""")
                    .formatted(NUMBER))
            .param("mark", trigger.list().mark())
            .param("list", trigger.list().name())
            .param("trigger", trigger.name())
            .param("subject", subject)
            .param("basis", trigger.legalBasis())
            .param("on", on)
            .param("by", by)
            .param("id", organisationId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (id == null) {
      return jdbc.sql(
              "select id from organisations.listing where organisation_id = ? and list = ? and trigger = ? and subject = ?")
          .params(organisationId, trigger.list().name(), trigger.name(), subject)
          .query(Long.class)
          .single();
    }
    Listing l = find(id).orElseThrow();
    notices.send(
        organisationId,
        "listing-" + id,
        "经"
            + l.decisionNumber()
            + "决定，因"
            + trigger.label()
            + "，自"
            + on
            + "起列入"
            + trigger.list().label()
            + "（依据"
            + trigger.legalBasis()
            + "）");
    audit.record(
        AuditEvent.success("organisations.credit.list", "listing", "" + id, l.decisionNumber()));
    return id;
  }

  /**
   * Lists on the abnormal list every organisation that owes the report of {@code year} and had not
   * filed it by its type's deadline, once {@code today} is past that deadline. Set-based; a re-run
   * lists nobody twice.
   */
  @Transactional
  public int listLateReports(int year, LocalDate today, String by) {
    List<Long> owing =
        jdbc.sql(
                """
                select o.id from organisations.organisation o
                  join organisations.report_deadline d on d.kind = o.kind
                 where o.kind <> 'COMMUNITY_FILED' and o.status in ('NORMAL', 'RECTIFYING')
                   and o.registered_on <= make_date(:year, 12, 31)
                   and make_date(:year + 1, d.authority_month, d.authority_day) < :today
                   and not exists (select 1 from organisations.annual_report r
                                    where r.organisation_id = o.id and r.year = :year
                                      and r.submitted_on <= make_date(:year + 1, d.authority_month, d.authority_day))
                   and not exists (select 1 from organisations.listing l
                                    where l.organisation_id = o.id and l.trigger = 'REPORT_NOT_FILED'
                                      and l.subject = :subject)
                 order by o.id""")
            .param("year", year)
            .param("today", today)
            .param("subject", subjectOf(year))
            .query(Long.class)
            .list();
    for (long id : owing) {
      list(id, ListTrigger.REPORT_NOT_FILED, subjectOf(year), today, by);
    }
    return owing.size();
  }

  /** The subject of a listing for the report of {@code year}. */
  public static String subjectOf(int year) {
    return year + "年度报告";
  }

  /**
   * The rectification is verified on {@code verifiedOn}: the listing must come off by the 5th
   * working day after it.
   */
  @Transactional
  public LocalDate verifyRectification(long listingId, LocalDate verifiedOn, String by) {
    Listing l = find(listingId).orElseThrow(() -> new RecordNotFoundException("listing"));
    if (!l.list().equals("ABNORMAL") || !l.open()) {
      throw new InvalidInput("verifiedOn", "查实日期：仅对尚未移出的活动异常名录记录登记整改查实");
    }
    if (verifiedOn.isBefore(l.listedOn())) {
      throw new InvalidInput("verifiedOn", "查实日期：不能早于列入日期");
    }
    LocalDate due = calendar.plusWorkingDays(verifiedOn, 5);
    jdbc.sql("update organisations.listing set verified_on = ?, removal_due = ? where id = ?")
        .params(verifiedOn, due, listingId)
        .update();
    audit.record(
        AuditEvent.success(
            "organisations.credit.verify", "listing", "" + listingId, due.toString()));
    return due;
  }

  /** Removes a listing by decision on {@code on} (staff, or the daily job). */
  @Transactional
  public void remove(long listingId, LocalDate on, String by) {
    Listing l = find(listingId).orElseThrow(() -> new RecordNotFoundException("listing"));
    if (!l.open()) {
      return;
    }
    CreditList list = CreditList.valueOf(l.list());
    if (list == CreditList.ABNORMAL && l.verifiedOn() == null) {
      throw new InvalidInput("verifiedOn", "移出：须先登记整改情况查实日期");
    }
    if (list == CreditList.SERIOUS && on.isBefore(l.lastTriggerOn().plusYears(2))) {
      throw new InvalidInput(
          "removedOn", "移出：严重违法失信名单须自最近一次失信情形起满2年方可移出（" + l.lastTriggerOn().plusYears(2) + "）");
    }
    String number =
        jdbc.sql(
                ("""
                update organisations.listing set removal_decision_number = %s,
                       removal_basis = :basis, removed_on = :on
                 where id = :id and removed_on is null returning removal_decision_number""")
                    .formatted(NUMBER))
            .param("mark", "移" + list.mark())
            .param("basis", list.removalBasis())
            .param("on", on)
            .param("id", listingId)
            .query(String.class)
            .single();
    notices.send(
        l.organisationId(),
        "removal-" + listingId,
        "经" + number + "决定，自" + on + "起移出" + list.label() + "（依据" + list.removalBasis() + "）");
    audit.record(
        AuditEvent.success("organisations.credit.remove", "listing", "" + listingId, number));
  }

  /** Daily: abnormal listings whose removal falls due today (or earlier) come off today. */
  public int removeDueAbnormal(LocalDate today, String by) {
    List<Long> due =
        jdbc.sql(
                "select id from organisations.listing where list = 'ABNORMAL' and removed_on is null and removal_due <= ? order by id")
            .param(today)
            .query(Long.class)
            .list();
    due.forEach(id -> remove(id, today, by));
    return due.size();
  }

  /** Daily: two years on the abnormal list put the organisation on the serious list. */
  public int promoteAbnormal(LocalDate today, String by) {
    List<Listing> old =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.listing where list = 'ABNORMAL' and removed_on is null and listed_on <= ? order by id")
            .param(today.minusYears(2))
            .query(Listing.class)
            .list();
    int listed = 0;
    for (Listing l : old) {
      boolean known =
          jdbc.sql(
                  "select exists (select 1 from organisations.listing where organisation_id = ? and trigger = 'ABNORMAL_TWO_YEARS' and subject = ?)")
              .params(l.organisationId(), l.decisionNumber())
              .query(Boolean.class)
              .single();
      if (!known) {
        list(
            l.organisationId(),
            ListTrigger.ABNORMAL_TWO_YEARS,
            l.decisionNumber(),
            l.listedOn().plusYears(2),
            by);
        listed++;
      }
    }
    return listed;
  }

  /** Daily: serious listings two years past their latest cause come off. */
  public int removeExpiredSerious(LocalDate today, String by) {
    List<Long> expired =
        jdbc.sql(
                "select id from organisations.listing where list = 'SERIOUS' and removed_on is null and last_trigger_on + interval '2 years' <= ? order by id")
            .param(today)
            .query(Long.class)
            .list();
    expired.forEach(id -> remove(id, today, by));
    return expired.size();
  }

  public Optional<Listing> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisations.listing where id = ?")
        .param(id)
        .query(Listing.class)
        .optional();
  }

  public List<Listing> of(long organisationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisations.listing where organisation_id = ? order by listed_on desc, id desc")
        .param(organisationId)
        .query(Listing.class)
        .list();
  }

  public PageResult<Listing> page(
      RegionFilter scope, @Nullable String list, boolean openOnly, PageQuery page) {
    String l = list == null || list.isBlank() ? null : list;
    String where =
        "(? or region_code = any(?)) and (cast(? as text) is null or list = ?) and (not ? or removed_on is null)";
    Object[] params = {scope.unrestricted(), scope.codesArray(), l, l, openOnly};
    long total =
        jdbc.sql("select count(*) from organisations.listing where " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Listing> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.listing where "
                    + where
                    + " order by listed_on desc, id desc limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Listing.class)
            .list();
    return new PageResult<>(rows, page, total);
  }
}
