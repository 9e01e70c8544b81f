package cn.minzheng.placenames.naming;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 地名库: approved standard names, their earlier names (kept, never deleted) and the search by
 * characters, by pinyin with or without tones and by initials (成都市锦江区: cdsjjq).
 */
@Repository
public class Gazetteer {

  /** A standard name as filed. */
  public record Entry(
      long id,
      PlaceCategory category,
      String name,
      String pinyin,
      String initials,
      String regionCode,
      String location,
      String approvedBy,
      LocalDate approvedOn,
      LocalDate namedSince) {

    public String categoryLabel() {
      return category.label;
    }
  }

  /** An earlier name of a place with its period (from inclusive, to exclusive). */
  public record EarlierName(
      String name, String pinyin, LocalDate validFrom, LocalDate validTo, String reason) {}

  private static final String COLUMNS =
      "id, category, name, pinyin, initials, region_code, location, approved_by, approved_on,"
          + " named_since";

  private static final RowMapper<Entry> ENTRY =
      (rs, n) ->
          new Entry(
              rs.getLong(1),
              PlaceCategory.valueOf(rs.getString(2)),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getString(8),
              rs.getObject(9, LocalDate.class),
              rs.getObject(10, LocalDate.class));

  private final JdbcClient jdbc;

  Gazetteer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Refuses a name already in use in the same county and category, by its characters or by its
   * pinyin without tones (两个同音地名 in one county are confusable), among the filed names and the
   * applications still open. {@code exceptPlace}: the place being renamed.
   */
  public void requireFree(
      String countyCode,
      PlaceCategory category,
      String name,
      String pinyin,
      @Nullable Long exceptPlace,
      @Nullable Long exceptApplication) {
    String plain = Pinyin.plain(pinyin);
    List<String[]> taken =
        jdbc.sql(
                """
                select name, pinyin from placenames.place
                 where county_code = :county and category = :category
                   and (name = :name or pinyin_plain = :plain) and id <> :place
                union all
                select proposed_name, pinyin from placenames.application
                 where substr(region_code, 1, 6) = :county and category = :category
                   and status = 'SUBMITTED' and id <> :application
                   and (proposed_name = :name
                        or lower(regexp_replace(translate(pinyin,
                             'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ',
                             'aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUU'), '[^A-Za-z]', '', 'g')) = :plain)""")
            .param("county", countyCode)
            .param("category", category.name())
            .param("name", name)
            .param("plain", plain)
            .param("place", exceptPlace == null ? -1L : exceptPlace)
            .param("application", exceptApplication == null ? -1L : exceptApplication)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    for (String[] other : taken) {
      if (other[0].equals(name)) {
        throw new InvalidInput("name", "本区县同类地名中已有“" + name + "”，不能重名");
      }
    }
    if (!taken.isEmpty()) {
      throw new InvalidInput(
          "name", "本区县同类地名中已有同音的“" + taken.get(0)[0] + "”（" + taken.get(0)[1] + "），不能同音");
    }
  }

  public long file(
      PlaceCategory category,
      String name,
      String pinyin,
      String regionCode,
      String location,
      String approvedBy,
      LocalDate approvedOn) {
    return jdbc.sql(
            """
            insert into placenames.place (category, name, pinyin, pinyin_plain, initials, region_code,
                                          county_code, location, approved_by, approved_on, named_since)
            values (:category, :name, :pinyin, :plain, :initials, :region, :county, :location, :by,
                    :on, :on)
            returning id""")
        .param("category", category.name())
        .param("name", name)
        .param("pinyin", pinyin)
        .param("plain", Pinyin.plain(pinyin))
        .param("initials", Pinyin.initials(pinyin))
        .param("region", regionCode)
        .param("county", regionCode.substring(0, 6))
        .param("location", location)
        .param("by", approvedBy)
        .param("on", approvedOn)
        .query(Long.class)
        .single();
  }

  /** Renames from {@code on}: the name in use becomes history up to that day. */
  public void rename(
      long placeId, String name, String pinyin, LocalDate on, String approvedBy, String reason) {
    Entry current = find(placeId).orElseThrow();
    if (!on.isAfter(current.namedSince())) {
      throw new InvalidInput("decidedOn", "更名日期须晚于现名的启用日期" + current.namedSince());
    }
    jdbc.sql(
            """
            insert into placenames.place_name_history (place_id, name, pinyin, valid_from, valid_to, reason)
            values (:id, :name, :pinyin, :from, :to, :reason)""")
        .param("id", placeId)
        .param("name", current.name())
        .param("pinyin", current.pinyin())
        .param("from", current.namedSince())
        .param("to", on)
        .param("reason", reason)
        .update();
    jdbc.sql(
            """
            update placenames.place set name = :name, pinyin = :pinyin, pinyin_plain = :plain,
                   initials = :initials, named_since = :on, approved_by = :by, approved_on = :on
             where id = :id""")
        .param("name", name)
        .param("pinyin", pinyin)
        .param("plain", Pinyin.plain(pinyin))
        .param("initials", Pinyin.initials(pinyin))
        .param("on", on)
        .param("by", approvedBy)
        .param("id", placeId)
        .update();
  }

  public Optional<Entry> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from placenames.place where id = :id")
        .param("id", id)
        .query(ENTRY)
        .optional();
  }

  public List<EarlierName> history(long placeId) {
    return jdbc.sql(
            """
            select name, pinyin, valid_from, valid_to, reason from placenames.place_name_history
             where place_id = :id order by valid_from desc""")
        .param("id", placeId)
        .query(
            (rs, n) ->
                new EarlierName(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .list();
  }

  /**
   * Names inside the filter matching the query: Chinese characters anywhere in the current or an
   * earlier name; Latin letters (tones and spaces ignored) anywhere in the pinyin or as the start
   * of the initials. At most {@code limit}, by name.
   */
  public List<Entry> search(String query, RegionFilter filter, int limit) {
    return matching(query, filter, "select " + COLUMNS, " order by p.name limit :limit offset 0")
        .param("limit", limit)
        .query(ENTRY)
        .list();
  }

  /** One page of {@link #search}'s matches, by standard name. */
  public PageResult<Entry> page(String query, RegionFilter filter, PageQuery page) {
    long total = matching(query, filter, "select count(*)", "").query(Long.class).single();
    List<Entry> rows =
        matching(query, filter, "select " + COLUMNS, " order by p.name limit :limit offset :offset")
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(ENTRY)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /**
   * The places in the scope matching a name or a former name (汉字), or the pinyin without tones or
   * its initials (Latin letters); {@code select} and {@code tail} frame the statement.
   */
  private JdbcClient.StatementSpec matching(
      String query, RegionFilter filter, String select, String tail) {
    String q = query.strip();
    boolean latin =
        !q.isEmpty()
            && q.codePoints()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    String plain = latin ? Pinyin.plain(q) : "";
    return jdbc.sql(
            select
                + " "
                + """
                 from placenames.place p
                 where (:unrestricted or p.region_code = any(:codes))
                   and (:q = ''
                        or (:latin and (p.pinyin_plain like '%' || :plain || '%' or p.initials like :plain || '%'))
                        or (not :latin and (p.name like '%' || :q || '%'
                            or exists (select 1 from placenames.place_name_history h
                                        where h.place_id = p.id and h.name like '%' || :q || '%'))))"""
                + tail)
        .param("unrestricted", filter.unrestricted())
        .param("codes", filter.codesArray())
        .param("q", q)
        .param("latin", latin)
        .param("plain", plain);
  }
}
