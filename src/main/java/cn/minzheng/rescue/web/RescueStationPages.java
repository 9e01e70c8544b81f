package cn.minzheng.rescue.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.rescue.stations.StationStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 救助站: the stations of the caller's subtree (a station's own staff: their station); the city adds
 * them at the city or a district node and binds 救助站工作人员 accounts to them.
 */
@Controller
class RescueStationPages {

  private final RescueStations stations;
  private final RegionQuery regions;
  private final RescueAccess access;
  private final StationScope scope;
  private final StationStaff staff;

  RescueStationPages(
      RescueStations stations,
      RegionQuery regions,
      RescueAccess access,
      StationScope scope,
      StationStaff staff) {
    this.stations = stations;
    this.regions = regions;
    this.access = access;
    this.scope = scope;
    this.staff = staff;
  }

  @GetMapping("/rescue/stations")
  String list(Model model) {
    StaffUser user = access.require(RescueAccess.STATION);
    return show(model, user, Map.of(), Map.of());
  }

  @PostMapping("/rescue/stations")
  String add(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String shortCode,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String address,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.ADMIN);
    try {
      stations.add(name, shortCode, regionCode, address, user.username());
      redirect.addFlashAttribute("message", "已添加救助站：" + name);
      return "redirect:/rescue/stations";
    } catch (InvalidInput e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("error", e.getMessage());
      return show(
          model,
          user,
          Map.of(e.field(), e.getMessage()),
          Map.of(
              "name", name == null ? "" : name,
              "shortCode", shortCode == null ? "" : shortCode,
              "regionCode", regionCode == null ? "" : regionCode,
              "address", address == null ? "" : address));
    }
  }

  @PostMapping("/rescue/stations/{stationId}/staff")
  String bindStaff(
      @PathVariable long stationId,
      @RequestParam(required = false) String username,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(RescueAccess.ADMIN);
    try {
      staff.bind(username, stationId, user.username());
      redirect.addFlashAttribute("message", "已将账号 " + username.strip() + " 设为该救助站工作人员");
      return "redirect:/rescue/stations";
    } catch (InvalidInput e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("error", e.getMessage());
      return show(model, user, Map.of(), Map.of());
    }
  }

  private String show(
      Model model, StaffUser user, Map<String, String> errors, Map<String, String> form) {
    model.addAttribute("stations", scope.stations());
    model.addAttribute("admin", RescueAccess.has(user, RescueAccess.ADMIN));
    List<RegionNode> units =
        regions.all().stream()
            .filter(n -> n.level() == RegionLevel.CITY || n.level() == RegionLevel.COUNTY)
            .toList();
    model.addAttribute("regionNames", units);
    model.addAttribute(
        "names",
        units.stream().collect(Collectors.toMap(RegionNode::code, RegionNode::name, (a, b) -> a)));
    model.addAttribute("errors", errors);
    // the form's fields are read as map keys: a missing key is an error, so every field is there
    model.addAttribute(
        "form",
        form.isEmpty()
            ? Map.of("name", "", "shortCode", "", "regionCode", "", "address", "")
            : form);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("救助管理"), Breadcrumb.here("救助站")));
    return "rescue/stations";
  }
}
