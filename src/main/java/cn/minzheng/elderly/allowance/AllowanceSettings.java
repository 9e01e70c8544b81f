package cn.minzheng.elderly.allowance;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Settings of the allowance: the existence-check interval (months, in the database so that
 * administrators change it) and the city whose residents are eligible (configuration).
 */
@Service
public class AllowanceSettings {

  static final String INTERVAL = "verification-interval-months";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final String cityCode;

  AllowanceSettings(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${minzheng.elderly.city-code:510100000000}") String cityCode) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.cityCode = cityCode;
  }

  public int verificationIntervalMonths() {
    return jdbc.sql("select value from elderly.allowance_setting where name = ?")
        .param(INTERVAL)
        .query(String.class)
        .optional()
        .map(Integer::parseInt)
        .orElse(6);
  }

  public void changeVerificationInterval(int months, String by) {
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException("认证周期须在1至24个月之间");
    }
    jdbc.sql(
            """
            insert into elderly.allowance_setting (name, value, updated_by) values (?, ?, ?)
            on conflict (name) do update set value = excluded.value,
                   updated_by = excluded.updated_by, updated_at = now()""")
        .params(INTERVAL, String.valueOf(months), by)
        .update();
    audit.record(
        AuditEvent.success("elderly.allowance.interval", "setting", INTERVAL, months + " 个月"));
  }

  /** The prefix of region codes inside the city (4 digits of a prefecture-level city). */
  public String cityPrefix() {
    return cityCode.substring(0, 4);
  }
}
