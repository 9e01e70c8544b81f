package cn.minzheng.organisations.register;

import cn.minzheng.organisations.register.Organisation.Change;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the register: one organisation, its history, a page of a region subtree. */
@Service
public class OrganisationQueries {

  public static final Set<String> SORTS = Set.of("name", "registered_on", "kind", "status");

  static final String COLUMNS =
      """
      id, kind, credit_code, credit_code_flagged, name, domicile, region_code,
      legal_representative_id, legal_representative_name, supervising_unit, registration_level,
      business_scope, registered_capital, status, certificate_number, registered_on""";

  /** The same columns of {@code organisations.organisation o}, for joins. */
  public static final String COLUMNS_FOR_ALIAS =
      """
      o.id, o.kind, o.credit_code, o.credit_code_flagged, o.name, o.domicile, o.region_code,
      o.legal_representative_id, o.legal_representative_name, o.supervising_unit,
      o.registration_level, o.business_scope, o.registered_capital, o.status,
      o.certificate_number, o.registered_on""";

  private final JdbcClient jdbc;

  OrganisationQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Organisation> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisations.organisation where id = ?")
        .param(id)
        .query(Organisation.class)
        .optional();
  }

  /** The registered organisation of a credit code (any case). */
  public Optional<Organisation> byCreditCode(String code) {
    return jdbc.sql(
            "select " + COLUMNS + " from organisations.organisation where credit_code = upper(?)")
        .param(code.strip())
        .query(Organisation.class)
        .optional();
  }

  public List<Change> history(long id) {
    return jdbc.sql(
            """
            select field, old_value, new_value, effective_on, note, by_user
              from organisations.organisation_history where organisation_id = ?
             order by effective_on, id""")
        .param(id)
        .query(Change.class)
        .list();
  }

  /** Name history: the organisation's names, oldest first. */
  public List<Change> names(long id) {
    return history(id).stream()
        .filter(c -> c.field().equals("name") || c.field().equals("established"))
        .toList();
  }

  public PageResult<Organisation> page(
      RegionFilter scope,
      @Nullable String q,
      @Nullable String kind,
      @Nullable String status,
      PageQuery page) {
    String like = q == null || q.isBlank() ? null : "%" + q.strip() + "%";
    String where =
        """
        (? or region_code = any(?)) and (cast(? as text) is null or name like ? or credit_code = upper(?))
        and (cast(? as text) is null or kind = ?) and (cast(? as text) is null or status = ?)""";
    Object[] params = {
      scope.unrestricted(),
      scope.codesArray(),
      like,
      like,
      q == null ? null : q.strip(),
      blankToNull(kind),
      blankToNull(kind),
      blankToNull(status),
      blankToNull(status)
    };
    long total =
        jdbc.sql("select count(*) from organisations.organisation where " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Organisation> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from organisations.organisation where "
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Organisation.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
