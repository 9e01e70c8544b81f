package cn.minzheng.organisations.charity;

import cn.minzheng.organisations.charity.CharityProject.Field;
import cn.minzheng.organisations.register.OrganisationQueries;
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
 * 社区慈善项目 register (domain-rules §9.2): a project of a community, run by an organisation of the
 * register or by the community; recognised as a brand project (品牌项目) on a day not before it
 * started, once.
 */
@Service
public class CharityProjects {

  static final String SELECT =
      """
      select p.id, p.name, p.organisation_id, o.name as organisation_name, p.region_code, p.field,
             p.started_on, p.beneficiaries, p.brand_on, p.ended_on
        from organisations.charity_project p
        left join organisations.organisation o on o.id = p.organisation_id""";

  private final JdbcClient jdbc;
  private final OrganisationQueries organisations;
  private final AuditLog audit;

  CharityProjects(JdbcClient jdbc, OrganisationQueries organisations, AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
  }

  @Transactional
  public long register(
      String name,
      @Nullable Long organisationId,
      String regionCode,
      Field field,
      LocalDate startedOn,
      int beneficiaries,
      String by) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "项目名称：不能为空");
    }
    if (organisationId != null && organisations.find(organisationId).isEmpty()) {
      throw new InvalidInput("organisationId", "实施组织：不是已登记或备案的社会组织");
    }
    if (beneficiaries < 0) {
      throw new InvalidInput("beneficiaries", "受益人数：不能为负数");
    }
    long id =
        jdbc.sql(
                """
                insert into organisations.charity_project
                       (name, organisation_id, region_code, field, started_on, beneficiaries, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                name.strip(),
                organisationId,
                regionCode,
                field.name(),
                startedOn,
                beneficiaries,
                by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("organisations.project.register", "charity_project", "" + id, name));
    return id;
  }

  /** Recognises the project as a brand project on {@code on}; once, not before it started. */
  @Transactional
  public void recogniseBrand(long id, LocalDate on, String by) {
    CharityProject p = find(id).orElseThrow(() -> new RecordNotFoundException("charity project"));
    if (p.brand()) {
      throw new InvalidInput("brandOn", "品牌项目：已于" + p.brandOn() + "认定");
    }
    if (on.isBefore(p.startedOn())) {
      throw new InvalidInput("brandOn", "认定日期：不能早于项目开始日期" + p.startedOn());
    }
    jdbc.sql("update organisations.charity_project set brand_on = ? where id = ?")
        .params(on, id)
        .update();
    audit.record(AuditEvent.success("organisations.project.brand", "charity_project", "" + id, by));
  }

  public Optional<CharityProject> find(long id) {
    return jdbc.sql(SELECT + " where p.id = ?").param(id).query(CharityProject.class).optional();
  }

  public PageResult<CharityProject> page(
      RegionFilter scope, @Nullable String q, boolean brandOnly, PageQuery page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip() + "%";
    String where =
        " where (? or p.region_code = any(?)) and (cast(? as text) is null or p.name like ?)"
            + " and (not ? or p.brand_on is not null)";
    Object[] params = {scope.unrestricted(), scope.codesArray(), like, like, brandOnly};
    long total =
        jdbc.sql("select count(*) from organisations.charity_project p" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<CharityProject> rows =
        jdbc.sql(
                SELECT
                    + where
                    + " order by p.started_on desc, p.id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(CharityProject.class)
            .list();
    return new PageResult<>(rows, page, total);
  }
}
