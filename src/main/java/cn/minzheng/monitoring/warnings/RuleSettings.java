package cn.minzheng.monitoring.warnings;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable parts of monitoring (thresholds not fixed by an official text): warning rules,
 * visit frequencies by tier, asset rules. Every change is audited with its before and after.
 */
@Service
public class RuleSettings {

  static final Set<String> LEVELS = Set.of("RED", "ORANGE", "YELLOW");
  static final Set<String> ASSIGNEE_LEVELS = Set.of("COMMUNITY", "STREET", "DISTRICT");

  private final JdbcClient jdbc;
  private final AuditLog audit;

  RuleSettings(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<Map<String, Object>> warningRules() {
    return jdbc.sql("select * from monitoring.warning_rule order by code").query().listOfRows();
  }

  public List<Map<String, Object>> visitTiers() {
    return jdbc.sql("select * from monitoring.visit_tier order by frequency_days, category")
        .query()
        .listOfRows();
  }

  public List<Map<String, Object>> assetRules() {
    return jdbc.sql("select * from monitoring.asset_rule order by code").query().listOfRows();
  }

  @Transactional
  public void updateWarningRule(
      String code,
      String level,
      BigDecimal threshold,
      int deadlineDays,
      String assigneeLevel,
      boolean active,
      String by) {
    if (!LEVELS.contains(level) || !ASSIGNEE_LEVELS.contains(assigneeLevel) || deadlineDays < 1) {
      throw new WarningRejectedException("等级、承办层级或处置期限（天）无效");
    }
    if (threshold != null && threshold.signum() < 0) {
      throw new WarningRejectedException("阈值不能为负数");
    }
    int n =
        jdbc.sql(
                """
                update monitoring.warning_rule set level = ?, threshold = ?, deadline_days = ?,
                  assignee_level = ?, active = ?, updated_at = now(), updated_by = ? where code = ?""")
            .params(level, threshold, deadlineDays, assigneeLevel, active, by, code)
            .update();
    changed(
        n,
        "warning_rule",
        code,
        level + " " + threshold + " " + deadlineDays + "d " + assigneeLevel + " " + active);
  }

  @Transactional
  public void updateVisitTier(String category, int frequencyDays, boolean active, String by) {
    if (frequencyDays < 1) {
      throw new WarningRejectedException("巡访频次（天）必须大于0");
    }
    int n =
        jdbc.sql(
                "update monitoring.visit_tier set frequency_days = ?, active = ? where category = ?")
            .params(frequencyDays, active, category)
            .update();
    changed(n, "visit_tier", category, frequencyDays + "d " + active);
  }

  @Transactional
  public void updateAssetRule(String code, BigDecimal limit, boolean active, String by) {
    if (limit == null || limit.signum() < 0) {
      throw new WarningRejectedException("限额必须为不小于0的数字");
    }
    int n =
        jdbc.sql("update monitoring.asset_rule set limit_value = ?, active = ? where code = ?")
            .params(limit, active, code)
            .update();
    changed(n, "asset_rule", code, limit + " " + active);
  }

  private void changed(int updated, String type, String code, String detail) {
    if (updated == 0) {
      throw new WarningRejectedException("规则不存在");
    }
    audit.record(AuditEvent.success("monitoring.settings.change", type, code, detail));
  }
}
