package cn.minzheng.organisations.charity;

import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 慈善组织 (domain-rules §9.2): the recognition of a registered organisation in normal standing as a
 * charity organisation (慈善法 art. 10: one with a credit code — social group, social service agency
 * or foundation — not a street-filed community organisation), then, not before it, the public
 * fundraising qualification (慈善法 art. 22) with its date and decision number. Both are public.
 */
@Service
public class CharityOrganisations {

  static final String SELECT =
      """
      select c.organisation_id, o.name, o.credit_code, o.region_code, c.recognised_on,
             c.recognition_number, c.fundraising_on, c.fundraising_number
        from organisations.charity_organisation c
        join organisations.organisation o on o.id = c.organisation_id""";

  private final JdbcClient jdbc;
  private final OrganisationQueries organisations;
  private final AuditLog audit;

  CharityOrganisations(JdbcClient jdbc, OrganisationQueries organisations, AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
  }

  /** Recognises the organisation on {@code on} by decision {@code number}; once. */
  @Transactional
  public void recognise(long organisationId, LocalDate on, String number, String by) {
    Organisation o =
        organisations
            .find(organisationId)
            .orElseThrow(() -> new RecordNotFoundException("organisation"));
    if (o.creditCode() == null) {
      throw new InvalidInput("organisationId", "认定慈善组织：社区社会组织（备案）不能认定为慈善组织");
    }
    if (!"NORMAL".equals(o.status())) {
      throw new InvalidInput("organisationId", "认定慈善组织：该组织当前状态为" + o.statusLabel());
    }
    if (number == null || number.isBlank()) {
      throw new InvalidInput("recognitionNumber", "认定文号：不能为空");
    }
    int n =
        jdbc.sql(
                """
                insert into organisations.charity_organisation
                       (organisation_id, recognised_on, recognition_number, recognised_by)
                values (?, ?, ?, ?) on conflict (organisation_id) do nothing""")
            .params(organisationId, on, number.strip(), by)
            .update();
    if (n == 0) {
      throw new InvalidInput("organisationId", "认定慈善组织：" + o.name() + "已认定为慈善组织");
    }
    audit.record(
        AuditEvent.success(
            "organisations.charity.recognise", "organisation", "" + organisationId, number));
  }

  /** Grants the public fundraising qualification on {@code on}; not before the recognition. */
  @Transactional
  public void grantFundraising(long organisationId, LocalDate on, String number, String by) {
    CharityOrganisation c =
        find(organisationId)
            .orElseThrow(() -> new InvalidInput("organisationId", "公开募捐资格：须先认定为慈善组织"));
    if (c.publicFundraising()) {
      throw new InvalidInput("fundraisingNumber", "公开募捐资格：已于" + c.fundraisingOn() + "取得");
    }
    if (on.isBefore(c.recognisedOn())) {
      throw new InvalidInput("fundraisingOn", "取得公开募捐资格日期：不能早于认定为慈善组织的日期" + c.recognisedOn());
    }
    if (number == null || number.isBlank()) {
      throw new InvalidInput("fundraisingNumber", "公开募捐资格决定文号：不能为空");
    }
    jdbc.sql(
            "update organisations.charity_organisation set fundraising_on = ?, fundraising_number = ? where organisation_id = ?")
        .params(on, number.strip(), organisationId)
        .update();
    audit.record(
        AuditEvent.success(
            "organisations.charity.fundraising", "organisation", "" + organisationId, number));
  }

  public Optional<CharityOrganisation> find(long organisationId) {
    return jdbc.sql(SELECT + " where c.organisation_id = ?")
        .param(organisationId)
        .query(CharityOrganisation.class)
        .optional();
  }

  /** The recognitions of the given organisations (for the public query), by organisation id. */
  public Map<Long, CharityOrganisation> of(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(SELECT + " where c.organisation_id = any(?)")
        .param(organisationIds.toArray(Long[]::new))
        .query(CharityOrganisation.class)
        .list()
        .stream()
        .collect(Collectors.toMap(CharityOrganisation::organisationId, Function.identity()));
  }

  /** The charity organisations of the region (the brief: 52). */
  public PageResult<CharityOrganisation> page(
      RegionFilter scope, @Nullable String q, PageQuery page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip() + "%";
    String where =
        " where (? or o.region_code = any(?)) and (cast(? as text) is null or o.name like ?)";
    Object[] params = {scope.unrestricted(), scope.codesArray(), like, like};
    long total =
        jdbc.sql(
                "select count(*) from organisations.charity_organisation c"
                    + " join organisations.organisation o on o.id = c.organisation_id"
                    + where)
            .params(params)
            .query(Long.class)
            .single();
    List<CharityOrganisation> rows =
        jdbc.sql(
                SELECT
                    + where
                    + " order by c.recognised_on desc, c.organisation_id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(CharityOrganisation.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Charity organisations of the region, and those with the public fundraising qualification. */
  public long[] counts(RegionFilter scope) {
    return jdbc.sql(
            """
            select count(*), count(c.fundraising_on) from organisations.charity_organisation c
              join organisations.organisation o on o.id = c.organisation_id
             where o.status in ('NORMAL', 'RECTIFYING') and (? or o.region_code = any(?))""")
        .params(scope.unrestricted(), scope.codesArray())
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }
}
