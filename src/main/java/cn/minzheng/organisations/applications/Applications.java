package cn.minzheng.organisations.applications;

import cn.minzheng.organisations.register.CreditCodeCheck;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成立、变更、注销登记: an application with its materials is submitted (by staff at the counter, a change or
 * deregistration also online by the organisation's own account), reviewed and decided by the
 * registration authority of the organisation's level — a city registration by the city
 * (CITY_ADMIN), a district one by the district (DISTRICT_APPROVER), a community filing by the
 * street. Approval of an establishment enters the organisation with its certificate number.
 */
@Service
public class Applications {

  static final String COLUMNS =
      """
      id, kind, organisation_id, org_kind, registration_level, region_code, credit_code, name,
      domicile, legal_representative_id, legal_representative_name, supervising_unit,
      business_scope, registered_capital, materials, status, submitted_by, submitted_on, online,
      decided_by, decided_on, decision_note, certificate_number""";

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final OrganisationQueries queries;
  private final Notices notices;
  private final AuditLog audit;

  Applications(
      JdbcClient jdbc,
      Organisations organisations,
      OrganisationQueries queries,
      Notices notices,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.queries = queries;
    this.notices = notices;
    this.audit = audit;
  }

  @Transactional
  public long establish(
      OrganisationKind kind,
      @Nullable String creditCode,
      Facts facts,
      RegistrationLevel level,
      String materials,
      String by) {
    Facts f = facts.checked();
    String code = kind.registered() ? CreditCodeCheck.check(creditCode, kind).value() : null;
    if (kind.registered() == (level == RegistrationLevel.STREET)) {
      throw new InvalidInput("registrationLevel", "登记机关：社区社会组织由街道备案，其他类型由市或区（市）县登记");
    }
    if (code != null
        && jdbc.sql(
                "select exists (select 1 from organisations.organisation where credit_code = ?)")
            .param(code)
            .query(Boolean.class)
            .single()) {
      throw new InvalidInput("creditCode", "统一社会信用代码：该代码已登记，不能重复登记");
    }
    requireMaterials(materials);
    long id =
        jdbc.sql(
                """
                insert into organisations.application (kind, org_kind, registration_level,
                       region_code, credit_code, name, domicile, legal_representative_id,
                       legal_representative_name, supervising_unit, business_scope,
                       registered_capital, materials, submitted_by, submitted_on)
                values ('ESTABLISH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                kind.name(),
                level.name(),
                f.regionCode(),
                code,
                f.name(),
                f.domicile(),
                f.legalRepresentativeId(),
                f.legalRepresentativeName(),
                f.supervisingUnit(),
                f.businessScope(),
                f.registeredCapital(),
                materials.strip(),
                by,
                ChinaTime.today())
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("organisations.application.establish", "application", "" + id, null));
    return id;
  }

  /** A change of registered facts (all facts given; those that differ change on approval). */
  @Transactional
  public long change(
      long organisationId, Facts facts, String materials, String by, boolean online) {
    Organisation o = active(organisationId);
    Facts f = facts.checked();
    requireMaterials(materials);
    long id =
        jdbc.sql(
                """
                insert into organisations.application (kind, organisation_id, org_kind,
                       registration_level, region_code, name, domicile, legal_representative_id,
                       legal_representative_name, supervising_unit, business_scope,
                       registered_capital, materials, submitted_by, submitted_on, online)
                values ('CHANGE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                o.id(),
                o.kind(),
                o.registrationLevel(),
                o.regionCode(),
                f.name(),
                f.domicile(),
                f.legalRepresentativeId(),
                f.legalRepresentativeName(),
                f.supervisingUnit(),
                f.businessScope(),
                f.registeredCapital(),
                materials.strip(),
                by,
                ChinaTime.today(),
                online)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("organisations.application.change", "application", "" + id, null));
    return id;
  }

  @Transactional
  public long deregister(long organisationId, String materials, String by, boolean online) {
    Organisation o = active(organisationId);
    requireMaterials(materials);
    long id =
        jdbc.sql(
                """
                insert into organisations.application (kind, organisation_id, org_kind,
                       registration_level, region_code, materials, submitted_by, submitted_on, online)
                values ('DEREGISTER', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                o.id(),
                o.kind(),
                o.registrationLevel(),
                o.regionCode(),
                materials.strip(),
                by,
                ChinaTime.today(),
                online)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("organisations.application.deregister", "application", "" + id, null));
    return id;
  }

  /**
   * The registration authority's decision. Only the role of the organisation's registration level
   * decides (a district approver cannot decide a city registration).
   */
  @Transactional
  public void decide(long id, boolean approve, @Nullable String note, StaffUser decider) {
    Application a = find(id).orElseThrow(() -> new RecordNotFoundException("application"));
    RegistrationLevel level = RegistrationLevel.valueOf(a.registrationLevel());
    if (!decider.has(level.decider())) {
      throw new InvalidInput(
          "decision", "决定：" + level.label() + "的申请须由" + level.decider().label() + "决定");
    }
    if (!a.status().equals("SUBMITTED")) {
      throw new InvalidInput("decision", "决定：该申请已作出决定");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new InvalidInput("note", "不予登记理由：不能为空");
    }
    LocalDate today = ChinaTime.today();
    Long organisationId = a.organisationId();
    String certificate = null;
    if (approve) {
      switch (a.kind()) {
        case "ESTABLISH" -> {
          organisationId =
              organisations.register(
                  OrganisationKind.valueOf(a.orgKind()),
                  a.creditCode(),
                  facts(a),
                  level,
                  today,
                  decider.username());
          certificate =
              queries.find(organisationId).map(Organisation::certificateNumber).orElse(null);
        }
        case "CHANGE" ->
            organisations.change(
                organisationId, facts(a), today, "变更登记申请" + id, decider.username());
        case "DEREGISTER" ->
            organisations.setStatus(
                organisationId,
                OrganisationStatus.DEREGISTERED,
                today,
                "注销登记申请" + id,
                decider.username());
        default -> throw new IllegalStateException(a.kind());
      }
    }
    jdbc.sql(
            """
            update organisations.application set status = ?, decided_by = ?, decided_on = ?,
                   decision_note = ?, organisation_id = ?, certificate_number = ?
             where id = ?""")
        .params(
            approve ? "APPROVED" : "REFUSED",
            decider.username(),
            today,
            note,
            organisationId,
            certificate,
            id)
        .update();
    if (organisationId != null) {
      notices.send(
          organisationId,
          "application-" + id,
          a.kindLabel() + "申请（编号" + id + "）" + (approve ? "已准予登记" : "不予登记：" + note));
    }
    audit.record(
        AuditEvent.success(
            "organisations.application.decide",
            "application",
            "" + id,
            approve ? "APPROVED" : "REFUSED"));
  }

  public Optional<Application> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisations.application where id = ?")
        .param(id)
        .query(Application.class)
        .optional();
  }

  public List<Application> ofOrganisation(long organisationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisations.application where organisation_id = ? order by id desc")
        .param(organisationId)
        .query(Application.class)
        .list();
  }

  public PageResult<Application> page(RegionFilter scope, boolean pendingOnly, PageQuery page) {
    String where = "(? or region_code = any(?)) and (not ? or status = 'SUBMITTED')";
    Object[] params = {scope.unrestricted(), scope.codesArray(), pendingOnly};
    long total =
        jdbc.sql("select count(*) from organisations.application where " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Application> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.application where "
                    + where
                    + " order by id desc limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Application.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  private Organisation active(long organisationId) {
    Organisation o =
        queries.find(organisationId).orElseThrow(() -> new RecordNotFoundException("organisation"));
    if (o.status().equals("DEREGISTERED") || o.status().equals("REVOKED")) {
      throw new InvalidInput("organisation", "社会组织：已注销或撤销登记，不能再申请");
    }
    return o;
  }

  private static Facts facts(Application a) {
    return new Facts(
        a.name(),
        a.domicile(),
        a.regionCode(),
        a.legalRepresentativeId(),
        a.legalRepresentativeName(),
        a.supervisingUnit(),
        a.businessScope(),
        a.registeredCapital());
  }

  private static void requireMaterials(@Nullable String materials) {
    if (materials == null || materials.isBlank()) {
      throw new InvalidInput("materials", "申请材料：请列明提交的材料");
    }
  }
}
