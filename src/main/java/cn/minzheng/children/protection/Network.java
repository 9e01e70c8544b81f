package cn.minzheng.children.protection;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minor protection network (brief: 17 centres, 261 workstations, 2,436 points): units tied to
 * region nodes, and the coverage per district — which streets lack a workstation or a named 儿童督导员,
 * which communities lack a point or a named 儿童主任.
 */
@Service
public class Network {

  public static final Map<String, String> KINDS =
      Map.of("CENTRE", "未成年人保护中心", "WORKSTATION", "街道未成年人保护工作站", "POINT", "社区儿童之家（服务点）");

  private final JdbcClient jdbc;
  private final RegionQuery regions;

  Network(JdbcClient jdbc, RegionQuery regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  public record Unit(
      long id,
      String kind,
      String name,
      String regionCode,
      @Nullable String directorName,
      @Nullable String directorPhone,
      boolean active) {

    public String kindLabel() {
      return KINDS.get(kind);
    }
  }

  /** One district's coverage; the gaps name the streets and communities. */
  public record Coverage(
      String districtCode,
      String districtName,
      int centres,
      int streets,
      int workstations,
      int supervisors,
      int communities,
      int points,
      int directors,
      List<String> gaps) {}

  public List<Unit> units(Predicate<String> inScope) {
    return jdbc
        .sql(
            "select id, kind, name, region_code, director_name, director_phone, active"
                + " from children.network_unit where active order by region_code, kind")
        .query(Unit.class)
        .list()
        .stream()
        .filter(u -> inScope.test(u.regionCode()))
        .toList();
  }

  /** Adds a unit or, for a workstation or point that exists at the node, updates it. */
  @Transactional
  public void save(
      String kind,
      String name,
      String regionCode,
      @Nullable String directorName,
      @Nullable String directorPhone,
      String user) {
    if (!KINDS.containsKey(kind)) {
      throw new InvalidInput("kind", "请选择类型");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "请填写名称");
    }
    RegionNode node =
        regions
            .find(regionCode == null ? "" : regionCode.strip())
            .orElseThrow(() -> new InvalidInput("regionCode", "区划代码不存在"));
    RegionLevel expected =
        switch (kind) {
          case "WORKSTATION" -> RegionLevel.STREET;
          case "POINT" -> RegionLevel.COMMUNITY;
          default -> null;
        };
    if (expected != null && node.level() != expected) {
      throw new InvalidInput("regionCode", "工作站对应街道（乡镇），服务点对应社区（村）");
    }
    if (expected == null
        && node.level() != RegionLevel.CITY
        && node.level() != RegionLevel.COUNTY) {
      throw new InvalidInput("regionCode", "保护中心对应市或区县");
    }
    String director = directorName == null || directorName.isBlank() ? null : directorName.strip();
    String phone = directorPhone == null || directorPhone.isBlank() ? null : directorPhone.strip();
    int updated =
        expected == null
            ? 0
            : jdbc.sql(
                    """
                    update children.network_unit set name = ?, director_name = ?, director_phone = ?,
                           updated_at = now(), updated_by = ?
                     where kind = ? and region_code = ? and active""")
                .params(name.strip(), director, phone, user, kind, node.code())
                .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into children.network_unit
                     (kind, name, region_code, director_name, director_phone, updated_by)
              values (?, ?, ?, ?, ?, ?)""")
          .params(kind, name.strip(), node.code(), director, phone, user)
          .update();
    }
  }

  /** Coverage per district inside the scope, on the region tree in force on {@code day}. */
  public List<Coverage> coverage(Predicate<String> inScope, LocalDate day) {
    record Held(String kind, String regionCode, boolean named) {}
    Map<String, Held> byNode = new HashMap<>();
    Map<String, Integer> centres = new HashMap<>();
    for (Held h :
        jdbc.sql(
                "select kind, region_code, director_name is not null as named"
                    + " from children.network_unit where active")
            .query(Held.class)
            .list()) {
      if ("CENTRE".equals(h.kind())) {
        centres.merge(h.regionCode(), 1, Integer::sum);
      } else {
        byNode.put(h.kind() + ":" + h.regionCode(), h);
      }
    }
    List<RegionNode> all = regions.all().stream().filter(n -> n.activeOn(day)).toList();
    Map<String, List<RegionNode>> childrenOf = new HashMap<>();
    for (RegionNode n : all) {
      if (n.parentCode() != null) {
        childrenOf.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
      }
    }
    List<Coverage> result = new ArrayList<>();
    for (RegionNode district : all) {
      if (district.level() != RegionLevel.COUNTY || !inScope.test(district.code())) {
        continue;
      }
      int streets = 0,
          workstations = 0,
          supervisors = 0,
          communities = 0,
          points = 0,
          directors = 0;
      List<String> gaps = new ArrayList<>();
      for (RegionNode street : childrenOf.getOrDefault(district.code(), List.of())) {
        streets++;
        Held ws = byNode.get("WORKSTATION:" + street.code());
        if (ws == null) {
          gaps.add(street.name() + "：无工作站");
        } else {
          workstations++;
          if (ws.named()) {
            supervisors++;
          } else {
            gaps.add(street.name() + "：工作站无儿童督导员");
          }
        }
        for (RegionNode community : childrenOf.getOrDefault(street.code(), List.of())) {
          communities++;
          Held point = byNode.get("POINT:" + community.code());
          if (point == null) {
            gaps.add(street.name() + community.name() + "：无服务点");
          } else {
            points++;
            if (point.named()) {
              directors++;
            } else {
              gaps.add(street.name() + community.name() + "：无儿童主任");
            }
          }
        }
      }
      result.add(
          new Coverage(
              district.code(),
              district.name(),
              centres.getOrDefault(district.code(), 0),
              streets,
              workstations,
              supervisors,
              communities,
              points,
              directors,
              gaps));
    }
    return result;
  }
}
