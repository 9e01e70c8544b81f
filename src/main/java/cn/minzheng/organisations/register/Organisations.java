package cn.minzheng.organisations.register;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.CreditCode;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the register: a new organisation (from an approved establishment or a filing), a change of
 * its facts (one dated history row per changed field), a change of status. Nothing is overwritten
 * without its history row; every write is audited.
 */
@Service
public class Organisations {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonDirectory persons;
  private final DataScope scope;

  Organisations(JdbcClient jdbc, AuditLog audit, PersonDirectory persons, DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.audit = audit;
    this.persons = persons;
  }

  /** The legal representative's name from the registry (a person of the population registry). */
  public String legalRepresentative(@Nullable Long personId) {
    if (personId == null) {
      throw new InvalidInput("legalRepresentative", "法定代表人：须选择人口库中的人员");
    }
    return persons
        .find(personId)
        .map(PersonSummary::name)
        .orElseThrow(() -> new InvalidInput("legalRepresentative", "法定代表人：人口库中无此人员"));
  }

  /** The legal representative found by ID number in the registry: its id and name. */
  public Facts.Representative representativeByIdNumber(@Nullable String idNumber) {
    if (idNumber == null || idNumber.isBlank()) {
      throw new InvalidInput("legalRepresentative", "法定代表人身份证号：不能为空");
    }
    IdCardNo parsed;
    try {
      parsed = IdCardNo.parse(idNumber.strip());
    } catch (RuntimeException e) {
      throw new InvalidInput("legalRepresentative", "法定代表人身份证号：" + e.getMessage());
    }
    PersonSummary p =
        persons
            .findByIdNumber(parsed)
            .orElseThrow(() -> new InvalidInput("legalRepresentative", "法定代表人身份证号：人口库中无此人员"));
    return new Facts.Representative(p.id(), p.name());
  }

  /**
   * Enters an organisation into the register. Registered kinds need a valid civil-affairs credit
   * code of their type (field error naming the position); a duplicate code is refused by the
   * database's unique constraint.
   */
  @Transactional
  public long register(
      OrganisationKind kind,
      @Nullable String creditCode,
      Facts facts,
      RegistrationLevel level,
      LocalDate registeredOn,
      String by) {
    Facts f = facts.checked();
    String code = null;
    if (kind.registered()) {
      code = CreditCodeCheck.check(creditCode, kind).value();
      if (level == RegistrationLevel.STREET) {
        throw new InvalidInput("registrationLevel", "登记机关：社会团体、社会服务机构、基金会须由市或区（市）县民政部门登记");
      }
    } else if (level != RegistrationLevel.STREET) {
      throw new InvalidInput("registrationLevel", "登记机关：社区社会组织由街道（乡镇）备案");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into organisations.organisation (kind, credit_code, name, domicile,
                         region_code, legal_representative_id, legal_representative_name,
                         supervising_unit, registration_level, business_scope, registered_capital,
                         certificate_number, registered_on, created_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                          ? || lpad(nextval('organisations.certificate_seq')::text, 6, '0'), ?, ?)
                  returning id""")
              .params(
                  kind.name(),
                  code,
                  f.name(),
                  f.domicile(),
                  f.regionCode(),
                  f.legalRepresentativeId(),
                  f.legalRepresentativeName(),
                  f.supervisingUnit(),
                  level.name(),
                  f.businessScope(),
                  f.registeredCapital(),
                  kind.registered()
                      ? "民社登" + registeredOn.getYear()
                      : "社区备" + registeredOn.getYear(),
                  registeredOn,
                  by)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("creditCode", "统一社会信用代码：该代码已登记，不能重复登记");
    }
    history(id, "established", null, f.name(), registeredOn, level.label(), by);
    audit.record(AuditEvent.success("organisations.register", "organisation", "" + id, code));
    return id;
  }

  /** Applies changed facts from {@code effectiveOn}, one history row per field that differs. */
  @Transactional
  public int change(long id, Facts facts, LocalDate effectiveOn, @Nullable String note, String by) {
    Facts f = facts.checked();
    Map<String, Object> current =
        jdbc.sql("select * from organisations.organisation where id = ? for update")
            .param(id)
            .query()
            .singleRow();
    int changed = 0;
    for (var e : f.columns().entrySet()) {
      Object old = current.get(e.getKey());
      String oldText =
          old == null
              ? null
              : old instanceof java.math.BigDecimal b ? b.toPlainString() : old.toString();
      if (!Objects.equals(oldText, e.getValue())) {
        history(id, e.getKey(), oldText, e.getValue(), effectiveOn, note, by);
        changed++;
      }
    }
    if (changed > 0) {
      jdbc.sql(
              """
              update organisations.organisation set name = ?, domicile = ?, region_code = ?,
                     legal_representative_id = ?, legal_representative_name = ?,
                     supervising_unit = ?, business_scope = ?, registered_capital = ?,
                     updated_at = now()
               where id = ?""")
          .params(
              f.name(),
              f.domicile(),
              f.regionCode(),
              f.legalRepresentativeId(),
              f.legalRepresentativeName(),
              f.supervisingUnit(),
              f.businessScope(),
              f.registeredCapital(),
              id)
          .update();
      // across regions: the pending applications move with the organisation to its new region,
      // which may lie outside the caller's scope
      scope.acrossRegions(
          () ->
              jdbc.sql(
                      "update organisations.application set region_code = ? where organisation_id = ? and status = 'SUBMITTED'")
                  .params(f.regionCode(), id)
                  .update());
    }
    audit.record(
        AuditEvent.success("organisations.change", "organisation", "" + id, changed + "项"));
    return changed;
  }

  /** A new status from {@code on} (rectification, deregistration, revocation), kept in history. */
  @Transactional
  public void setStatus(long id, OrganisationStatus status, LocalDate on, String note, String by) {
    String old =
        jdbc.sql("select status from organisations.organisation where id = ? for update")
            .param(id)
            .query(String.class)
            .single();
    if (old.equals(status.name())) {
      return;
    }
    jdbc.sql("update organisations.organisation set status = ?, updated_at = now() where id = ?")
        .params(status.name(), id)
        .update();
    history(id, "status", OrganisationStatus.labelOf(old), status.label(), on, note, by);
    audit.record(
        AuditEvent.success("organisations.status", "organisation", "" + id, status.name()));
  }

  void history(
      long id,
      String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      LocalDate on,
      @Nullable String note,
      String by) {
    jdbc.sql(
            """
            insert into organisations.organisation_history
                   (organisation_id, field, old_value, new_value, effective_on, note, by_user)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, field, oldValue, newValue, on, note, by)
        .update();
  }

  /** Used by lenient bulk imports only: a code that fails a checksum is kept and flagged. */
  static boolean flagged(CreditCode code) {
    return !code.issues().isEmpty();
  }
}
