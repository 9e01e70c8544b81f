package cn.minzheng.organisations.credit;

import cn.minzheng.organisations.charity.CharityOrganisation;
import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public credit query: registered organisations by name or code, status and current listings,
 * and for a charity organisation its recognition and public fundraising qualification (慈善法 art.
 * 71).
 */
@Service
public class PublicCredit {

  private final JdbcClient jdbc;
  private final CharityOrganisations charities;

  PublicCredit(JdbcClient jdbc, CharityOrganisations charities) {
    this.jdbc = jdbc;
    this.charities = charities;
  }

  /** One organisation as the public sees it. */
  public record Entry(
      long id,
      String name,
      String creditCode,
      String kind,
      String status,
      List<Listing> listings,
      @Nullable CharityOrganisation charity) {

    public String kindLabel() {
      return OrganisationKind.labelOf(kind);
    }

    public String statusLabel() {
      return OrganisationStatus.labelOf(status);
    }
  }

  private record Row(long id, String name, String creditCode, String kind, String status) {}

  /** At most 20 organisations whose name contains {@code q} or whose code is {@code q}. */
  public List<Entry> search(String q) {
    List<Row> rows =
        jdbc.sql(
                """
                select id, name, credit_code, kind, status from organisations.organisation
                 where credit_code is not null and (credit_code = upper(?) or name like ?)
                 order by name, id limit 20""")
            .params(q, "%" + q.replace("%", "").replace("_", "") + "%")
            .query(Row.class)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Listing>> open =
        jdbc
            .sql(
                "select "
                    + CreditLists.COLUMNS
                    + " from organisations.listing where removed_on is null and organisation_id = any(?) order by listed_on")
            .param(rows.stream().map(Row::id).toArray(Long[]::new))
            .query(Listing.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(Listing::organisationId));
    Map<Long, CharityOrganisation> charity = charities.of(rows.stream().map(Row::id).toList());
    return rows.stream()
        .map(
            r ->
                new Entry(
                    r.id(),
                    r.name(),
                    r.creditCode(),
                    r.kind(),
                    r.status(),
                    open.getOrDefault(r.id(), List.of()),
                    charity.get(r.id())))
        .toList();
  }
}
