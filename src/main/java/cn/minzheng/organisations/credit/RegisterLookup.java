package cn.minzheng.organisations.credit;

import cn.minzheng.organisations.CreditStanding;
import cn.minzheng.organisations.OrganisationRegister;
import cn.minzheng.organisations.RegisteredOrganisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link OrganisationRegister}: the register with each organisation's open listings. */
@Service
class RegisterLookup implements OrganisationRegister {

  private static final String SELECT =
      """
      select o.credit_code, o.name, o.kind, o.status, o.region_code,
             case when exists (select 1 from organisations.listing l
                                where l.organisation_id = o.id and l.list = 'SERIOUS'
                                  and l.removed_on is null) then 'SERIOUS'
                  when exists (select 1 from organisations.listing l
                                where l.organisation_id = o.id and l.list = 'ABNORMAL'
                                  and l.removed_on is null) then 'ABNORMAL'
                  else 'NONE' end as standing
        from organisations.organisation o
       where o.credit_code is not null""";

  private final JdbcClient jdbc;

  RegisterLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<RegisteredOrganisation> search(String q) {
    String term = q == null ? "" : q.strip();
    if (term.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT + " and (o.credit_code = upper(?) or o.name like ?) order by o.name limit 20")
        .params(term, "%" + term.replace("%", "").replace("_", "") + "%")
        .query(RegisterLookup::row)
        .list();
  }

  @Override
  public Optional<RegisteredOrganisation> find(String creditCode) {
    return jdbc.sql(SELECT + " and o.credit_code = ?")
        .param(creditCode)
        .query(RegisterLookup::row)
        .optional();
  }

  @Override
  public Map<String, RegisteredOrganisation> findAll(Collection<String> creditCodes) {
    if (creditCodes.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(SELECT + " and o.credit_code = any(?)")
        .param(creditCodes.toArray(String[]::new))
        .query(RegisterLookup::row)
        .list()
        .stream()
        .collect(Collectors.toMap(RegisteredOrganisation::creditCode, Function.identity()));
  }

  private static RegisteredOrganisation row(ResultSet rs, int n) throws SQLException {
    String status = rs.getString("status");
    return new RegisteredOrganisation(
        rs.getString("credit_code"),
        rs.getString("name"),
        OrganisationKind.labelOf(rs.getString("kind")),
        status,
        OrganisationStatus.labelOf(status),
        rs.getString("region_code"),
        CreditStanding.valueOf(rs.getString("standing")));
  }
}
