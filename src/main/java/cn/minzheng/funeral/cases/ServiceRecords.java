package cn.minzheng.funeral.cases;

import cn.minzheng.funeral.config.ServiceItem;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.InvalidIdCardNoException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service records of a funeral home, by API (its {@code Idempotency-Key}) or by upload (the file's
 * digest as key): the same key again is the same batch and adds nothing. A record names the
 * deceased by ID number; the death must be on record; the first record of a death without a case
 * opens it. Records of a case already approved are refused: the subsidy is paid once.
 *
 * <p>A cremation record is itself a report of the death to the registry (source {@code
 * FUNERAL_HOME}, §8 身后一件事): when no death is on record yet it records it (with the row's date of
 * death, which it then requires) and the death's consequences follow; when one is, it confirms it.
 */
@Service
public class ServiceRecords {

  public enum Source {
    API,
    UPLOAD
  }

  /**
   * One row as delivered (text, validated here).
   *
   * @param diedOn the date of death, required on a cremation record of a death not yet on record
   */
  public record Row(
      int line,
      String idNumber,
      String item,
      String servedOn,
      String charged,
      @Nullable String diedOn) {

    public Row(int line, String idNumber, String item, String servedOn, String charged) {
      this(line, idNumber, item, servedOn, charged, null);
    }
  }

  /** The source the registry keeps for a death reported by a funeral home's cremation record. */
  public static final String DEATH_SOURCE = "FUNERAL_HOME";

  public record RowError(int line, String message) {}

  public record Batch(long id, boolean repeated, int rows, int accepted, List<RowError> errors) {}

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final SubsidyCases cases;
  private final AuditLog audit;
  private final PersonCommands deathReports;
  private final DataScope scope;

  ServiceRecords(
      JdbcClient jdbc,
      PersonDirectory persons,
      SubsidyCases cases,
      AuditLog audit,
      PersonCommands deathReports,
      DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.deathReports = deathReports;
    this.persons = persons;
    this.cases = cases;
    this.audit = audit;
  }

  /**
   * A funeral home serves the dead of every district: its records open and read the subsidy case in
   * the deceased's region, outside the row scope of the district bureau uploading for the home (the
   * caller checks the home is in its scope).
   */
  @Transactional
  public Batch deliver(long facilityId, Source source, String key, List<Row> rows, String by) {
    return scope.acrossRegions(() -> deliverForHome(facilityId, source, key, rows, by));
  }

  private Batch deliverForHome(
      long facilityId, Source source, String key, List<Row> rows, String by) {
    Optional<Long> created =
        jdbc.sql(
                """
                insert into funeral.record_batch (facility_id, source, idempotency_key, rows_total,
                       rows_accepted, received_by)
                values (?, ?, ?, ?, 0, ?)
                on conflict (facility_id, idempotency_key) do nothing returning id""")
            .params(facilityId, source.name(), key, rows.size(), by)
            .query(Long.class)
            .optional();
    if (created.isEmpty()) {
      return jdbc.sql(
              """
              select id, rows_total, rows_accepted, errors from funeral.record_batch
               where facility_id = ? and idempotency_key = ?""")
          .params(facilityId, key)
          .query(
              (rs, n) ->
                  new Batch(
                      rs.getLong(1),
                      true,
                      rs.getInt(2),
                      rs.getInt(3),
                      parseErrors(rs.getString(4))))
          .single();
    }
    long batchId = created.get();
    List<RowError> errors = new ArrayList<>();
    int accepted = 0;
    for (Row row : rows) {
      String error = accept(batchId, facilityId, row);
      if (error == null) {
        accepted++;
      } else {
        errors.add(new RowError(row.line(), error));
      }
    }
    jdbc.sql("update funeral.record_batch set rows_accepted = ?, errors = ? where id = ?")
        .params(accepted, formatErrors(errors), batchId)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.records.deliver",
            "funeral_record_batch",
            String.valueOf(batchId),
            source.name()
                + " facility "
                + facilityId
                + " rows "
                + rows.size()
                + " accepted "
                + accepted));
    return new Batch(batchId, false, rows.size(), accepted, List.copyOf(errors));
  }

  /** Stores one row; answers its error in Chinese, or null when stored (or already stored). */
  private String accept(long batchId, long facilityId, Row row) {
    PersonSummary deceased;
    try {
      String id = row.idNumber() == null ? "" : row.idNumber().strip();
      if (id.isEmpty()) {
        return "身份证号：请填写";
      }
      Optional<PersonSummary> found = persons.findByIdNumber(IdCardNo.parse(id));
      if (found.isEmpty()) {
        return "身份证号：人口库中没有此人";
      }
      deceased = found.get();
    } catch (InvalidIdCardNoException e) {
      return "身份证号：号码无效";
    }
    Optional<ServiceItem> item = ServiceItem.parse(row.item());
    if (item.isPresent() && item.get() == ServiceItem.CREMATION) {
      String error = reportDeath(deceased, row);
      if (error != null) {
        return error;
      }
      deceased = persons.find(deceased.id()).orElseThrow();
    }
    if (deceased.alive() || deceased.dateOfDeath() == null) {
      return "身份证号：人口库中尚未登记此人死亡";
    }
    if (item.isEmpty()) {
      return "服务项目：无法识别“" + row.item() + "”";
    }
    LocalDate servedOn;
    try {
      servedOn =
          PlausibleDate.parse(
              row.servedOn() == null ? "" : row.servedOn(), Span.HAPPENED, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return "服务日期：" + e.getMessage();
    }
    if (servedOn.isBefore(deceased.dateOfDeath())) {
      return "服务日期：早于死亡日期";
    }
    BigDecimal charged;
    try {
      charged = new BigDecimal(row.charged() == null ? "" : row.charged().strip());
    } catch (NumberFormatException e) {
      return "收费金额：须为金额（元）";
    }
    if (charged.signum() < 0 || charged.stripTrailingZeros().scale() > 2) {
      return "收费金额：须为不小于0、最多两位小数的金额（元）";
    }
    long caseId =
        cases.open(
            deceased.id(),
            deceased.dateOfDeath(),
            deceased.residenceRegionCode(),
            OpenedVia.SERVICE_RECORD);
    String state =
        jdbc.sql("select state from funeral.subsidy_case where id = ?")
            .param(caseId)
            .query(String.class)
            .single();
    if (CaseState.APPROVED.name().equals(state)) {
      return "该逝者的殡葬补贴已审核发放，不再接收服务记录";
    }
    jdbc.sql(
            """
            insert into funeral.service_record (case_id, facility_id, batch_id, item, served_on,
                   charged)
            values (?, ?, ?, ?, ?, ?)
            on conflict (case_id, facility_id, item, served_on) do nothing""")
        .params(caseId, facilityId, batchId, item.get().name(), servedOn, charged)
        .update();
    return null;
  }

  /**
   * Reports the death of a cremation record to the registry: records it when none is on record,
   * confirms it otherwise. Answers the row's error, or null.
   */
  private @Nullable String reportDeath(PersonSummary deceased, Row row) {
    String text = row.diedOn() == null ? "" : row.diedOn().strip();
    LocalDate diedOn;
    if (text.isEmpty()) {
      if (deceased.alive() || deceased.dateOfDeath() == null) {
        return "死亡日期：人口库中尚未登记此人死亡，火化记录须填写死亡日期";
      }
      diedOn = deceased.dateOfDeath();
    } else {
      try {
        diedOn = PlausibleDate.parse(text, Span.HAPPENED, ChinaTime.today());
      } catch (ImplausibleValueException e) {
        return "死亡日期：" + e.getMessage();
      }
    }
    // checked here: a refusal inside the registry would roll the whole batch back
    if (diedOn.isAfter(ChinaTime.today())) {
      return "死亡日期：不能晚于今天";
    }
    if (deceased.birthDate() != null && diedOn.isBefore(deceased.birthDate())) {
      return "死亡日期：早于出生日期";
    }
    try {
      deathReports.recordDeath(
          deceased.id(), new DeathReport(diedOn, DEATH_SOURCE, null, "殡仪馆火化记录"));
    } catch (DeathReportRejectedException e) {
      return "死亡日期：" + e.getMessage();
    }
    return null;
  }

  private static String formatErrors(List<RowError> errors) {
    StringBuilder b = new StringBuilder();
    for (RowError e : errors) {
      b.append(e.line()).append('\t').append(e.message().replace('\n', ' ')).append('\n');
    }
    return b.toString();
  }

  private static List<RowError> parseErrors(String text) {
    List<RowError> errors = new ArrayList<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        errors.add(new RowError(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
      }
    }
    return errors;
  }
}
