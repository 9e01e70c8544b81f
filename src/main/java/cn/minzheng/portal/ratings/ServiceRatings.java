package cn.minzheng.portal.ratings;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.portal.ServiceCompleted;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the completed services people may rate, each rated once (1–5 stars and a comment of at most
 * 500 characters), and the staff's list and summary per service and office inside their scope.
 */
@Component
public class ServiceRatings {

  public static final Set<String> SORTS = Set.of("rated_at", "completed_on", "stars");

  static final int MAX_COMMENT = 500;

  private static final String COLUMNS =
      """
      id, service, service_name, reference, person_id, title, office, region_code, completed_on,
      stars, comment, rated_at""";

  private final JdbcClient jdbc;

  ServiceRatings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Rating(
      long id,
      String service,
      String serviceName,
      String reference,
      long personId,
      String title,
      String office,
      String regionCode,
      LocalDate completedOn,
      @Nullable Integer stars,
      @Nullable String comment,
      @Nullable Instant ratedAt) {

    public boolean rated() {
      return stars != null;
    }
  }

  /** The staff's filters: a service, an office (part of its name), a number of stars. */
  public record Filter(
      @Nullable String service, @Nullable String office, @Nullable Integer stars) {}

  /** Per service and office: how many rated, the average, how many 差评 (1 or 2 stars). */
  public record Summary(
      String serviceName, String office, long rated, BigDecimal average, long poor) {}

  /** A refused rating: the field and the Chinese reason. */
  public static final class Refused extends RuntimeException {
    private final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** Records a completed service once; a rating given where it was confirmed comes with it. */
  @Transactional
  public void offer(ServiceCompleted s) {
    jdbc.sql(
            """
            insert into portal.service_rating (service, service_name, reference, person_id, title,
                                               office, region_code, completed_on, stars, comment,
                                               rated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::smallint, nullif(btrim(?::text), ''),
                    case when ?::smallint is null then null else now() end)
            on conflict (service, reference, person_id) do nothing""")
        .params(
            s.service(),
            s.serviceName(),
            s.reference(),
            s.personId(),
            s.title(),
            s.office(),
            s.regionCode(),
            s.completedOn(),
            s.stars(),
            shortened(s.comment()),
            s.stars())
        .update();
  }

  /** The person's services, those still to rate first. */
  public List<Rating> of(long personId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from portal.service_rating where person_id = ?"
                + " order by stars is not null, completed_on desc, id desc")
        .param(personId)
        .query(ServiceRatings::map)
        .list();
  }

  public long unrated(long personId) {
    return jdbc.sql(
            "select count(*) from portal.service_rating where person_id = ? and stars is null")
        .param(personId)
        .query(Long.class)
        .single();
  }

  /**
   * The person rates their service once.
   *
   * @return false when it is not theirs (the caller answers 404)
   * @throws Refused for stars outside 1–5, a comment too long, or a second rating
   */
  @Transactional
  public boolean rate(long id, long personId, @Nullable String stars, @Nullable String comment) {
    Optional<Rating> mine =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from portal.service_rating where id = ? and person_id = ? for update")
            .params(id, personId)
            .query(ServiceRatings::map)
            .optional();
    if (mine.isEmpty()) {
      return false;
    }
    if (mine.get().rated()) {
      throw new Refused("stars", "您已评价过该服务，每项服务只能评价一次");
    }
    int value = stars(stars);
    String text = comment == null ? "" : comment.strip();
    if (text.length() > MAX_COMMENT) {
      throw new Refused("comment", "评价内容：最多" + MAX_COMMENT + "字");
    }
    jdbc.sql(
            """
            update portal.service_rating set stars = ?, comment = nullif(?, ''), rated_at = now()
             where id = ? and stars is null""")
        .params(value, text, id)
        .update();
    return true;
  }

  public PageResult<Rating> list(RegionFilter scope, Filter filter, PageQuery page) {
    Where where = where(scope, filter);
    long total =
        jdbc.sql("select count(*) from portal.service_rating where " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    List<Object> params = new ArrayList<>(where.params);
    params.add(page.size());
    params.add(page.offset());
    List<Rating> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from portal.service_rating where "
                    + where.sql
                    + " order by "
                    + page.orderBy()
                    + " nulls last, id desc limit ? offset ?")
            .params(params)
            .query(ServiceRatings::map)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Every rated row of the filter, for the Excel export. */
  public List<Rating> export(RegionFilter scope, Filter filter) {
    Where where = where(scope, filter);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from portal.service_rating where "
                + where.sql
                + " order by rated_at desc nulls last, id desc")
        .params(where.params)
        .query(ServiceRatings::map)
        .list();
  }

  public List<Summary> summary(RegionFilter scope, Filter filter) {
    Where where = where(scope, filter);
    return jdbc.sql(
            "select service_name, office, count(stars), coalesce(round(avg(stars), 2), 0),"
                + " count(*) filter (where stars <= 2) from portal.service_rating where "
                + where.sql
                + " group by service_name, office order by service_name, office")
        .params(where.params)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getBigDecimal(4),
                    rs.getLong(5)))
        .list();
  }

  /** The services that have reported anything, code and name, for the filter. */
  public List<String[]> services() {
    return jdbc.sql(
            "select distinct service, service_name from portal.service_rating order by service")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(RegionFilter scope, Filter filter) {
    StringBuilder sql = new StringBuilder("true");
    List<Object> params = new ArrayList<>();
    if (!scope.unrestricted()) {
      sql.append(" and region_code = any(?)");
      params.add(scope.codesArray());
    }
    if (filter.service() != null && !filter.service().isBlank()) {
      sql.append(" and service = ?");
      params.add(filter.service());
    }
    if (filter.office() != null && !filter.office().isBlank()) {
      sql.append(" and office like '%' || ?::text || '%'");
      params.add(filter.office().strip());
    }
    if (filter.stars() != null) {
      sql.append(" and stars = ?");
      params.add(filter.stars());
    }
    return new Where(sql.toString(), params);
  }

  private static int stars(@Nullable String stars) {
    try {
      int value = Integer.parseInt(stars == null ? "" : stars.strip());
      if (value >= 1 && value <= 5) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new Refused("stars", "评分：请选择1至5星");
  }

  private static @Nullable String shortened(@Nullable String comment) {
    return comment == null || comment.length() <= MAX_COMMENT
        ? comment
        : comment.substring(0, MAX_COMMENT);
  }

  private static Rating map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp rated = rs.getTimestamp(12);
    return new Rating(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getObject(9, LocalDate.class),
        (Integer) rs.getObject(10, Integer.class),
        rs.getString(11),
        rated == null ? null : rated.toInstant());
  }
}
