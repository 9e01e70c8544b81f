package cn.minzheng.funeral.config;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated amounts of §8: per group and basic item the cap up to which the item is paid
 * (基本殡葬服务减免), per ecological burial the fixed subsidy (生态安葬补贴). A version applies from its first
 * day of a month until the next version of the same group and item; a change adds a version and
 * never rewrites the past. Every amount is marked unconfirmed until the bureau confirms it.
 */
@Service
public class ReliefRules {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ReliefRules(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Relief(
      BeneficiaryGroup beneficiaryGroup,
      ServiceItem item,
      LocalDate validFrom,
      BigDecimal cap,
      boolean unconfirmed) {}

  public record EcoSubsidy(
      ServiceItem item, LocalDate validFrom, BigDecimal amount, boolean unconfirmed) {}

  public List<Relief> reliefHistory() {
    return jdbc.sql(
            """
            select beneficiary_group, item, valid_from, cap, unconfirmed from funeral.basic_relief
             order by beneficiary_group, item, valid_from desc""")
        .query(Relief.class)
        .list();
  }

  public List<EcoSubsidy> ecoHistory() {
    return jdbc.sql(
            "select item, valid_from, amount, unconfirmed from funeral.eco_subsidy"
                + " order by item, valid_from desc")
        .query(EcoSubsidy.class)
        .list();
  }

  /** The cap of each basic item for the group on the day (an item without a version: 0). */
  public Map<ServiceItem, BigDecimal> capsOn(BeneficiaryGroup group, LocalDate day) {
    Map<ServiceItem, BigDecimal> caps = new EnumMap<>(ServiceItem.class);
    jdbc.sql(
            """
            select distinct on (item) item, cap from funeral.basic_relief
             where beneficiary_group = ? and valid_from <= ?
             order by item, valid_from desc""")
        .params(group.name(), day)
        .query((rs, n) -> caps.put(ServiceItem.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
        .list();
    return caps;
  }

  /** The subsidy of each ecological burial on the day. */
  public Map<ServiceItem, BigDecimal> ecoOn(LocalDate day) {
    Map<ServiceItem, BigDecimal> amounts = new EnumMap<>(ServiceItem.class);
    jdbc.sql(
            """
            select distinct on (item) item, amount from funeral.eco_subsidy
             where valid_from <= ? order by item, valid_from desc""")
        .param(day)
        .query((rs, n) -> amounts.put(ServiceItem.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
        .list();
    return amounts;
  }

  /** A new cap for a group's basic item from the first day of {@code from}. */
  @Transactional
  public void setRelief(
      BeneficiaryGroup group, ServiceItem item, YearMonth from, BigDecimal cap, String by) {
    if (!group.configurable()) {
      throw new InvalidInput("beneficiaryGroup", "对象类别：该类别不适用减免");
    }
    if (!item.basic()) {
      throw new InvalidInput("item", "服务项目：减免只适用于基本殡葬服务（接运、冷藏、火化、骨灰寄存）");
    }
    requireAmount(cap, "cap", "限额");
    requireFuture(from);
    jdbc.sql(
            """
            insert into funeral.basic_relief (beneficiary_group, item, valid_from, cap, created_by)
            values (?, ?, ?, ?, ?)
            on conflict (beneficiary_group, item, valid_from)
            do update set cap = excluded.cap, unconfirmed = true, created_by = excluded.created_by,
                          created_at = now()""")
        .params(group.name(), item.name(), from.atDay(1), cap, by)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.relief.set",
            "funeral_basic_relief",
            group.name() + "/" + item.name(),
            "from " + from + " cap " + cap.toPlainString()));
  }

  /** A new ecological-burial subsidy from the first day of {@code from}. */
  @Transactional
  public void setEco(ServiceItem item, YearMonth from, BigDecimal amount, String by) {
    if (!item.eco()) {
      throw new InvalidInput("item", "安葬方式：须为海葬、树葬、花葬或草坪葬");
    }
    requireAmount(amount, "amount", "补贴金额");
    requireFuture(from);
    jdbc.sql(
            """
            insert into funeral.eco_subsidy (item, valid_from, amount, created_by)
            values (?, ?, ?, ?)
            on conflict (item, valid_from)
            do update set amount = excluded.amount, unconfirmed = true,
                          created_by = excluded.created_by, created_at = now()""")
        .params(item.name(), from.atDay(1), amount, by)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.eco.set",
            "funeral_eco_subsidy",
            item.name(),
            "from " + from + " amount " + amount.toPlainString()));
  }

  /** A version takes effect from this month or later: the past is never rewritten. */
  private static void requireFuture(YearMonth from) {
    if (from.isBefore(YearMonth.from(ChinaTime.today()))) {
      throw new InvalidInput("from", "执行起始月份：不能早于本月（已执行的标准不改写）");
    }
  }

  private static void requireAmount(BigDecimal amount, String field, String label) {
    if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInput(field, label + "：须为不小于0、最多两位小数的金额（元）");
    }
  }
}
