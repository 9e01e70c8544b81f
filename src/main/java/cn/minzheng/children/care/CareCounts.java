package cn.minzheng.children.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of a screening round by school, by district and by screening type: pupils screened,
 * matched to the registry, special-group children, and per type screened and positive; positives
 * followed up and overdue. One query per school row; districts and types are sums of those rows.
 */
@Service
public class CareCounts {

  private final JdbcClient jdbc;

  CareCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One row of counts (a school, a district or the whole round). {@code screened} and {@code
   * positive} are indexed by {@link ScreeningType#ordinal()}.
   */
  public record Row(
      String code,
      String name,
      String regionCode,
      long pupils,
      long matched,
      long special,
      long[] screened,
      long[] positive,
      long followedUp,
      long overdue) {

    public long screened(ScreeningType t) {
      return screened[t.ordinal()];
    }

    public long positive(ScreeningType t) {
      return positive[t.ordinal()];
    }

    public long positives() {
      long sum = 0;
      for (long p : positive) {
        sum += p;
      }
      return sum;
    }

    Row plus(Row o) {
      long[] s = screened.clone();
      long[] p = positive.clone();
      for (int i = 0; i < s.length; i++) {
        s[i] += o.screened[i];
        p[i] += o.positive[i];
      }
      return new Row(
          code,
          name,
          regionCode,
          pupils + o.pupils,
          matched + o.matched,
          special + o.special,
          s,
          p,
          followedUp + o.followedUp,
          overdue + o.overdue);
    }

    static Row empty(String code, String name, String regionCode) {
      int n = ScreeningType.values().length;
      return new Row(code, name, regionCode, 0, 0, 0, new long[n], new long[n], 0, 0);
    }
  }

  /** Per school of the scope that has pupils in the round, ordered by region and code. */
  public List<Row> bySchool(long roundId, String @Nullable [] codes, LocalDate today) {
    return jdbc.sql(
            """
            with pupils as (
              select p.school_id, count(*) as pupils, count(p.person_id) as matched,
                     count(p.special_category) as special,
                     count(p.myopia) as s0, count(*) filter (where p.myopia) as p0,
                     count(p.caries) as s1, count(*) filter (where p.caries) as p1,
                     count(p.mental) as s2, count(*) filter (where p.mental) as p2,
                     count(p.scoliosis) as s3, count(*) filter (where p.scoliosis) as p3
                from children.screening_pupil p
               where p.round_id = :round and (:all or p.region_code = any(:codes))
               group by p.school_id),
            follow as (
              select p.school_id, count(f.pupil_id) as done,
                     count(*) filter (where f.pupil_id is null and p.follow_up_due < :today) as overdue
                from children.screening_pupil p
                cross join lateral (values ('MYOPIA', p.myopia), ('CARIES', p.caries),
                                           ('MENTAL', p.mental), ('SCOLIOSIS', p.scoliosis)) t(type, positive)
                left join children.screening_follow_up f
                       on f.pupil_id = p.id and f.screening_type = t.type
               where t.positive and p.round_id = :round and (:all or p.region_code = any(:codes))
               group by p.school_id)
            select s.code, s.name, s.region_code, x.*, coalesce(f.done, 0) as done,
                   coalesce(f.overdue, 0) as overdue
              from pupils x join children.school s on s.id = x.school_id
              left join follow f on f.school_id = x.school_id
             order by s.region_code, s.code""")
        .param("round", roundId)
        .param("all", codes == null)
        .param("codes", codes == null ? new String[0] : codes)
        .param("today", today)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("region_code"),
                    rs.getLong("pupils"),
                    rs.getLong("matched"),
                    rs.getLong("special"),
                    new long[] {
                      rs.getLong("s0"), rs.getLong("s1"), rs.getLong("s2"), rs.getLong("s3")
                    },
                    new long[] {
                      rs.getLong("p0"), rs.getLong("p1"), rs.getLong("p2"), rs.getLong("p3")
                    },
                    rs.getLong("done"),
                    rs.getLong("overdue")))
        .list();
  }

  /** The school rows summed per district (the region code's county part); names from the caller. */
  public static List<Row> byDistrict(List<Row> schools, Map<String, String> districtNames) {
    Map<String, Row> sums = new LinkedHashMap<>();
    for (Row r : schools) {
      String district = r.regionCode().substring(0, 6) + "000000";
      sums.merge(
          district,
          Row.empty(district, districtNames.getOrDefault(district, district), district).plus(r),
          Row::plus);
    }
    return new ArrayList<>(sums.values());
  }

  /** All rows summed. */
  public static Row total(List<Row> rows) {
    Row sum = Row.empty("", "合计", "");
    for (Row r : rows) {
      sum = sum.plus(r);
    }
    return sum;
  }
}
