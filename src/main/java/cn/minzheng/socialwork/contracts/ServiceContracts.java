package cn.minzheng.socialwork.contracts;

import cn.minzheng.organisations.CreditStanding;
import cn.minzheng.organisations.OrganisationRegister;
import cn.minzheng.organisations.RegisteredOrganisation;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.LikePattern;
import cn.minzheng.shared.PlausibleDate.Span;
import cn.minzheng.socialwork.FormDate;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.workforce.Agencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政府购买社会工作服务: a contract between a district or street (the buyer's region node) and an agency
 * (credit code), with budget, period and a counted target; progress reports against the target; the
 * final evaluation once the period has ended (score and {@link Grade}).
 */
@Service
public class ServiceContracts {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final OrganisationRegister register;

  ServiceContracts(JdbcClient jdbc, AuditLog audit, OrganisationRegister register) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.register = register;
  }

  public record ContractForm(
      String buyerRegionCode,
      String agencyCreditCode,
      String title,
      String budget,
      String startsOn,
      String endsOn,
      String target,
      String targetCount) {}

  public record Contract(
      long id,
      String buyerRegionCode,
      String agencyCreditCode,
      String agencyName,
      String title,
      BigDecimal budget,
      LocalDate startsOn,
      LocalDate endsOn,
      String target,
      int targetCount,
      long achieved,
      BigDecimal spent,
      Integer score,
      Grade grade,
      String evaluation,
      LocalDate evaluatedOn) {

    /** Share of the target achieved, in whole percent (rounded down). */
    public int achievedPercent() {
      return (int) Math.min(999, achieved * 100 / targetCount);
    }

    /** Share of the period elapsed on {@code day}, in whole percent (0 before, 100 after). */
    public int elapsedPercent(LocalDate day) {
      if (day.isBefore(startsOn)) {
        return 0;
      }
      if (!day.isBefore(endsOn)) {
        return 100;
      }
      long all = ChronoUnit.DAYS.between(startsOn, endsOn);
      return (int) (ChronoUnit.DAYS.between(startsOn, day) * 100 / all);
    }

    /** Behind schedule: less of the target achieved than of the period elapsed. */
    public boolean behindOn(LocalDate day) {
      return score == null && achievedPercent() < elapsedPercent(day);
    }

    public int spentPercent() {
      return spent
          .multiply(BigDecimal.valueOf(100))
          .divide(budget, 0, RoundingMode.DOWN)
          .intValue();
    }

    public String gradeLabel() {
      return grade == null ? "未评估" : grade.label();
    }
  }

  public record Progress(LocalDate reportedOn, int achieved, BigDecimal spent, String note) {}

  @Transactional
  public long create(ContractForm form, Predicate<String> regionPermitted, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String buyer = form.buyerRegionCode() == null ? "" : form.buyerRegionCode().strip();
    if (!buyer.matches("[0-9]{12}") || !buyer.endsWith("000")) {
      errors.put("buyerRegionCode", "购买方区划代码：须为区县或街道（乡镇）的区划代码");
    } else if (!regionPermitted.test(buyer)) {
      errors.put("buyerRegionCode", "购买方区划代码：须在本辖区内");
    }
    Agencies.creditCodeError(form.agencyCreditCode())
        .ifPresentOrElse(
            m -> errors.put("agencyCreditCode", m),
            () -> refuseSeriouslyListed(form.agencyCreditCode(), errors));
    if (form.title() == null || form.title().isBlank()) {
      errors.put("title", "项目名称：必填");
    }
    BigDecimal budget = money(form.budget());
    if (budget == null || budget.signum() <= 0) {
      errors.put("budget", "预算金额（元）：须为大于0的金额，最多两位小数");
    }
    LocalDate starts = FormDate.read(form.startsOn(), Span.ANY, "startsOn", "服务开始日期", errors);
    LocalDate ends = FormDate.read(form.endsOn(), Span.ANY, "endsOn", "服务结束日期", errors);
    if (starts != null && ends != null && ends.isBefore(starts)) {
      errors.put("endsOn", "服务结束日期：不能早于开始日期");
    }
    if (form.target() == null || form.target().isBlank()) {
      errors.put("target", "服务目标：必填");
    }
    Integer count = integer(form.targetCount());
    if (count == null || count < 1) {
      errors.put("targetCount", "目标数量：须为正整数");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                """
                insert into socialwork.contract (buyer_region_code, agency_credit_code, title,
                  budget, starts_on, ends_on, target, target_count, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                buyer,
                Agencies.canonical(form.agencyCreditCode()),
                form.title().strip(),
                budget,
                starts,
                ends,
                form.target().strip(),
                count,
                by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.contract.create", "contract", "" + id, null));
    return id;
  }

  /** The contract's agency in the organisations register (status, credit standing), if there. */
  public Optional<RegisteredOrganisation> agencyInRegister(Contract contract) {
    return register.find(contract.agencyCreditCode());
  }

  /**
   * An organisation on the serious list (严重违法失信名单) may not be bought services from (民政部令第60号 art.
   * 19: restricted in government purchase of services); the abnormal list is shown, not refused.
   */
  private void refuseSeriouslyListed(String code, Map<String, String> errors) {
    register
        .find(Agencies.canonical(code))
        .filter(o -> o.credit() == CreditStanding.SERIOUS)
        .ifPresent(
            o ->
                errors.put(
                    "agencyCreditCode", "服务机构（统一社会信用代码）：" + o.name() + "已列入严重违法失信名单，不得承接政府购买服务"));
  }

  @Transactional
  public void report(Contract contract, String achieved, String spent, String note, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer count = integer(achieved);
    if (count == null || count < 0) {
      errors.put("achieved", "本期完成数量：须为不小于0的整数");
    }
    BigDecimal money = money(spent);
    if (money == null || money.signum() < 0) {
      errors.put("spent", "本期支出（元）：须为不小于0的金额");
    } else if (contract.spent().add(money).compareTo(contract.budget()) > 0) {
      errors.put("spent", "本期支出（元）：累计支出不能超过预算 " + contract.budget() + " 元");
    }
    if (contract.score() != null) {
      errors.put("achieved", "项目已评估，不能再报送进度");
    }
    Rejected.throwIfAny(errors);
    jdbc.sql(
            """
            insert into socialwork.contract_progress (contract_id, reported_on, achieved, spent,
              note, created_by) values (?, ?, ?, ?, ?, ?)""")
        .params(contract.id(), ChinaTime.today(), count, money, note, by)
        .update();
    audit.record(
        AuditEvent.success("socialwork.contract.progress", "contract", "" + contract.id(), null));
  }

  /** The final evaluation: only once the period has ended, once. */
  @Transactional
  public Grade evaluate(Contract contract, String score, String remarks, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer value = integer(score);
    if (value == null || value < 0 || value > 100) {
      errors.put("score", "评估得分：须为0至100的整数");
    }
    LocalDate today = ChinaTime.today();
    if (today.isBefore(contract.endsOn())) {
      errors.put("score", "评估得分：服务期满（" + contract.endsOn() + "）后才能进行结项评估");
    }
    if (contract.score() != null) {
      errors.put("score", "评估得分：项目已评估");
    }
    Rejected.throwIfAny(errors);
    Grade grade = Grade.of(value);
    jdbc.sql(
            """
            update socialwork.contract set score = ?, grade = ?, evaluation = ?, evaluated_on = ?
             where id = ? and score is null""")
        .params(value, grade.name(), remarks, today, contract.id())
        .update();
    audit.record(
        AuditEvent.success(
            "socialwork.contract.evaluate", "contract", "" + contract.id(), grade.label()));
    return grade;
  }

  public Optional<Contract> find(long id) {
    return jdbc.sql(SELECT + " where c.id = ?").param(id).query(ServiceContracts::row).optional();
  }

  public static final Set<String> SORTS = Set.of("starts_on", "ends_on", "budget", "title");

  /** The list's filters: state on the day (null: any), words of the title or agency (null: any). */
  public record ContractFilter(@Nullable ContractState state, @Nullable String words) {}

  /** The contracts bought by the caller's region, filtered and paged. */
  public PageResult<Contract> page(
      RegionFilter scope, ContractFilter filter, LocalDate today, PageQuery page) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("all", scope.unrestricted());
    p.put("codes", scope.codesArray());
    p.put("today", today);
    p.put("words", LikePattern.containing(filter.words()));
    String where =
        " where (:all or c.buyer_region_code = any(:codes))"
            + " and (cast(:words as text) is null or c.title like cast(:words as text)"
            + " or a.name like cast(:words as text) or c.agency_credit_code like cast(:words as text))"
            + (filter.state() == null ? "" : " and " + filter.state().condition());
    long total =
        jdbc.sql(
                "select count(*) from socialwork.contract c left join socialwork.agency a"
                    + " on a.credit_code = c.agency_credit_code"
                    + where)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<Contract> items =
        jdbc.sql(
                SELECT
                    + where
                    + " order by c."
                    + page.orderBy()
                    + ", c.id desc limit :limit offset :offset")
            .params(p)
            .query(ServiceContracts::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  public List<Progress> progress(long contractId) {
    return jdbc.sql(
            """
            select reported_on, achieved, spent, note from socialwork.contract_progress
             where contract_id = ? order by reported_on, id""")
        .param(contractId)
        .query(
            (rs, n) ->
                new Progress(
                    rs.getObject(1, LocalDate.class),
                    rs.getInt(2),
                    rs.getBigDecimal(3),
                    rs.getString(4)))
        .list();
  }

  private static final String SELECT =
      """
      select c.id, c.buyer_region_code, c.agency_credit_code, a.name, c.title, c.budget,
             c.starts_on, c.ends_on, c.target, c.target_count,
             coalesce((select sum(p.achieved) from socialwork.contract_progress p
                        where p.contract_id = c.id), 0),
             coalesce((select sum(p.spent) from socialwork.contract_progress p
                        where p.contract_id = c.id), 0),
             c.score, c.grade, c.evaluation, c.evaluated_on
        from socialwork.contract c
        left join socialwork.agency a on a.credit_code = c.agency_credit_code""";

  private static Contract row(ResultSet rs, int n) throws SQLException {
    String grade = rs.getString(14);
    return new Contract(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getBigDecimal(6),
        rs.getObject(7, LocalDate.class),
        rs.getObject(8, LocalDate.class),
        rs.getString(9),
        rs.getInt(10),
        rs.getLong(11),
        rs.getBigDecimal(12),
        (Integer) rs.getObject(13),
        grade == null ? null : Grade.valueOf(grade),
        rs.getString(15),
        rs.getObject(16, LocalDate.class));
  }

  static BigDecimal money(String raw) {
    try {
      BigDecimal value = new BigDecimal(raw == null ? "" : raw.strip());
      return value.scale() > 2 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Integer integer(String raw) {
    try {
      return raw == null ? null : Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
