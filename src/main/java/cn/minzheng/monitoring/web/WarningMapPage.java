package cn.minzheng.monitoring.web;

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

/** 预警地图: open warnings counted by community in the caller's scope, drawn with Leaflet. */
@Controller
class WarningMapPage {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final MonitoringAccess access;

  WarningMapPage(
      JdbcClient jdbc, DataScope scope, RegionHierarchy regions, MonitoringAccess access) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
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
              double[] at = CommunityCentres.of(code);
              return new CommunityMarker(code, regions.nameOf(code), rs.getLong(2), at[0], at[1]);
            })
        .list();
  }

  record CommunityMarker(String code, String name, long open, double lat, double lon) {}
}
