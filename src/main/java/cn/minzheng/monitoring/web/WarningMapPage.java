package cn.minzheng.monitoring.web;

import cn.minzheng.placenames.Boundaries;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 预警地图: open warnings counted by community in the caller's scope, drawn with Leaflet over the
 * region boundaries of the caller's scope ({@code placenames}' base layer). A community's marker
 * stands at a point inside its boundary ({@link Boundaries#pointIn}); a community without a
 * recorded boundary falls back to a position estimated from its county's centre, and says so.
 */
@Controller
class WarningMapPage {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;
  private final Boundaries boundaries;

  WarningMapPage(
      JdbcClient jdbc,
      DataScope scope,
      RegionHierarchy regions,
      MonitoringAccess access,
      Boundaries boundaries) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
    this.boundaries = boundaries;
  }

  @GetMapping("/monitoring/warnings/map")
  String page(Model model) {
    access.requireCaseStaff();
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("动态监测"),
            Breadcrumb.link("预警处置", "/monitoring/warnings"),
            Breadcrumb.here("预警地图")));
    return "monitoring/warning-map";
  }

  @GetMapping(value = "/monitoring/warnings/map.json", produces = "application/json")
  @ResponseBody
  List<CommunityMarker> markers() {
    access.requireCaseStaff();
    RegionFilter filter = scope.current();
    return jdbc.sql(
            """
            select region_code, count(*) from monitoring.warning
             where state <> 'CLOSED' and (? or region_code = any(?))
             group by region_code order by region_code""")
        .params(filter.unrestricted(), filter.codesArray())
        .query(
            (rs, n) -> {
              String code = rs.getString(1);
              return marker(code, regions.nameOf(code), rs.getLong(2));
            })
        .list();
  }

  private CommunityMarker marker(String code, String name, long open) {
    return boundaries
        .pointIn(code)
        .map(p -> new CommunityMarker(code, name, open, p.latitude(), p.longitude(), false))
        .orElseGet(
            () -> {
              double[] at = CommunityCentres.of(code);
              return new CommunityMarker(code, name, open, at[0], at[1], true);
            });
  }

  /**
   * A community's open warnings and where to draw them; {@code estimated}: no boundary is recorded,
   * the position is its county's centre with an offset (the map draws it dashed and says so).
   */
  record CommunityMarker(
      String code, String name, long open, double lat, double lon, boolean estimated) {}
}
