package cn.minzheng.elderly.web;

import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 养老设施 for staff: the facilities of the caller's region and a form to add one. */
@Controller
class FacilityPages {

  private final Facilities facilities;
  private final DataScope scope;
  private final ElderlyAccess access;

  FacilityPages(Facilities facilities, DataScope scope, ElderlyAccess access) {
    this.facilities = facilities;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/facilities")
  String list(
      @RequestParam(required = false) @Nullable FacilityType type,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    access.require(ElderlyMenu.STAFF);
    PageQuery query = PageQuery.of(page, size, sort, dir, Facilities.SORTS, "region_code");
    model.addAttribute("page", facilities.list(scope.current(), type, name, query));
    model.addAttribute("types", FacilityType.values());
    model.addAttribute("type", type);
    model.addAttribute("name", name);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("养老设施")));
    return "elderly/facilities";
  }

  @PostMapping("/elderly/facilities")
  String add(
      @RequestParam FacilityType facilityType,
      @RequestParam String name,
      @RequestParam String regionCode,
      @RequestParam String address,
      @RequestParam double latitude,
      @RequestParam double longitude,
      @RequestParam(required = false) Integer capacity,
      @RequestParam(required = false) String hours,
      @RequestParam(required = false) String services,
      @RequestParam(required = false) String openedOn,
      @RequestParam(required = false) String constructionFund,
      Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    if (!regionCode.matches("\\d{12}") || !scope.permits(regionCode)) {
      model.addAttribute("error", "所在社区代码：须为本辖区内的12位区划代码");
      return list(null, null, null, null, null, null, model);
    }
    try {
      facilities.add(
          new NewFacility(
              facilityType,
              name.strip(),
              regionCode,
              address.strip(),
              new GeoPoint(latitude, longitude),
              capacity,
              hours,
              services,
              DateField.optional("openedOn", "建成启用日期", openedOn, Span.HAPPENED),
              fund(constructionFund)),
          user.username());
      model.addAttribute("message", "已新增设施：" + name);
    } catch (IllegalArgumentException e) {
      // GeoPoint names no field; the facility's own rules do
      String message = e.getMessage();
      model.addAttribute("error", message.contains("：") ? message : "经纬度：" + message);
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
    }
    return list(null, null, null, null, null, null, model);
  }

  private static BigDecimal fund(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("建设资金：请填写金额（元），如 500000.00");
    }
  }
}
