package cn.minzheng.children.care;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care programme's schools (each tied to a street or community node, or to a district for a
 * district-run school) and its screening rounds (city-wide, with the days allowed for following up
 * a positive result).
 */
@Service
public class CareProgramme {

  private final JdbcClient jdbc;
  private final RegionQuery regions;

  CareProgramme(JdbcClient jdbc, RegionQuery regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  public record School(long id, String code, String name, String regionCode, boolean active) {
    /** The district is the code's county part (510104001001 → 510104000000). */
    public String districtCode() {
      return regionCode.substring(0, 6) + "000000";
    }
  }

  public record Round(
      long id, String name, LocalDate startsOn, LocalDate endsOn, int followUpDays) {}

  public Optional<School> school(long id) {
    return jdbc.sql("select id, code, name, region_code, active from children.school where id = ?")
        .param(id)
        .query(School.class)
        .optional();
  }

  public Optional<Round> round(long id) {
    return jdbc.sql(
            "select id, name, starts_on, ends_on, follow_up_days from children.screening_round"
                + " where id = ?")
        .param(id)
        .query(Round.class)
        .optional();
  }

  public List<Round> rounds() {
    return jdbc.sql(
            "select id, name, starts_on, ends_on, follow_up_days from children.screening_round"
                + " order by starts_on desc, id desc")
        .query(Round.class)
        .list();
  }

  /** Schools inside the scope, filtered by name or code and district, a page at a time. */
  public List<School> schools(
      RegionFilter scope,
      @Nullable String text,
      @Nullable String district,
      int limit,
      long offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(scope, text, district, params);
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(
            "select id, code, name, region_code, active from children.school "
                + where
                + " order by region_code, code limit :limit offset :offset")
        .params(params)
        .query(School.class)
        .list();
  }

  public long countSchools(RegionFilter scope, @Nullable String text, @Nullable String district) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(scope, text, district, params);
    return jdbc.sql("select count(*) from children.school " + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Every active school inside the scope, for the import form's choice. */
  public List<School> allSchools(RegionFilter scope) {
    return schools(scope, null, null, 10_000, 0);
  }

  private static String where(
      RegionFilter scope, @Nullable String text, @Nullable String district, Map<String, Object> p) {
    List<String> conditions = new ArrayList<>(List.of("active"));
    if (!scope.unrestricted()) {
      conditions.add("region_code = any(:codes)");
      p.put("codes", scope.codesArray());
    }
    if (text != null && !text.isBlank()) {
      conditions.add("(name like :text or code like :text)");
      p.put("text", "%" + text.strip().replace("%", "").replace("_", "") + "%");
    }
    if (district != null && district.matches("\\d{12}")) {
      conditions.add("left(region_code, 6) = :district");
      p.put("district", district.substring(0, 6));
    }
    return "where " + String.join(" and ", conditions);
  }

  /** Adds a school, or renames and moves the one with this code. */
  @Transactional
  public long saveSchool(
      @Nullable String code, @Nullable String name, @Nullable String regionCode, String user) {
    List<InvalidInput.FieldMessage> errors = new ArrayList<>();
    String c = code == null ? "" : code.strip();
    if (!c.matches("[0-9A-Za-z-]{1,30}")) {
      errors.add(new InvalidInput.FieldMessage("code", "学校代码应为1至30位字母、数字或连字符"));
    }
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      errors.add(new InvalidInput.FieldMessage("name", "请填写学校名称（不超过100个字符）"));
    }
    RegionNode node = regions.find(regionCode == null ? "" : regionCode.strip()).orElse(null);
    if (node == null) {
      errors.add(new InvalidInput.FieldMessage("regionCode", "区划代码不存在"));
    } else if (node.level() != RegionLevel.COUNTY
        && node.level() != RegionLevel.STREET
        && node.level() != RegionLevel.COMMUNITY) {
      errors.add(new InvalidInput.FieldMessage("regionCode", "学校所在区划应为区县、街道（乡镇）或社区（村）"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return jdbc.sql(
            """
            insert into children.school (code, name, region_code, updated_by) values (?, ?, ?, ?)
            on conflict (code) do update set name = excluded.name, region_code = excluded.region_code,
                   active = true, updated_at = now(), updated_by = excluded.updated_by
            returning id""")
        .params(c, n, node.code(), user)
        .query(Long.class)
        .single();
  }

  /** Opens a screening round. */
  @Transactional
  public long openRound(
      @Nullable String name,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable Integer followUpDays,
      String user) {
    List<InvalidInput.FieldMessage> errors = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      errors.add(new InvalidInput.FieldMessage("name", "请填写筛查轮次名称（不超过100个字符）"));
    } else if (jdbc.sql("select count(*) from children.screening_round where name = ?")
            .param(n)
            .query(Long.class)
            .single()
        > 0) {
      errors.add(new InvalidInput.FieldMessage("name", "已有同名的筛查轮次"));
    }
    if (startsOn == null) {
      errors.add(new InvalidInput.FieldMessage("startsOn", "请填写开始日期"));
    }
    if (endsOn == null || (startsOn != null && endsOn.isBefore(startsOn))) {
      errors.add(new InvalidInput.FieldMessage("endsOn", "请填写不早于开始日期的结束日期"));
    }
    if (followUpDays == null || followUpDays < 1 || followUpDays > 365) {
      errors.add(new InvalidInput.FieldMessage("followUpDays", "随访期限应为1至365天"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return jdbc.sql(
            """
            insert into children.screening_round (name, starts_on, ends_on, follow_up_days, created_by)
            values (?, ?, ?, ?, ?) returning id""")
        .params(n, startsOn, endsOn, followUpDays, user)
        .query(Long.class)
        .single();
  }
}
