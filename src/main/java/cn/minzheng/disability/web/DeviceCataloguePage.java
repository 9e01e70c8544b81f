package cn.minzheng.disability.web;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 辅具目录: the device types with daily rent, deposit and subsidy share, and the stock of each at the
 * service points of the caller's region (in stock, rented, damaged). The city administrator adds
 * items, points and units; a refused input is answered with the page and the field's message.
 */
@Controller
class DeviceCataloguePage {

  static final String PATH = "/disability/devices/catalogue";

  private final DeviceCatalogue catalogue;
  private final DisabilityAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  DeviceCataloguePage(
      DeviceCatalogue catalogue, DisabilityAccess access, DataScope scope, AuditLog audit) {
    this.catalogue = catalogue;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String show(Model model) {
    var user = access.require(DisabilityAccess.STAFF);
    model.addAttribute("items", catalogue.items());
    model.addAttribute("stock", catalogue.stock(scope.current()));
    model.addAttribute("points", catalogue.points(scope.current()));
    model.addAttribute("admin", user.roles().stream().anyMatch(DisabilityAccess.ADMIN::contains));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("残疾人福利"),
            Breadcrumb.link("辅具租赁", "/disability/devices"),
            Breadcrumb.here("辅具目录与库存")));
    return "disability/device-catalogue";
  }

  @PostMapping(PATH + "/items")
  String addItem(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String dailyRent,
      @RequestParam(defaultValue = "") String deposit,
      @RequestParam(defaultValue = "0") String subsidyPercent,
      Model model,
      HttpServletResponse response) {
    access.require(DisabilityAccess.ADMIN);
    try {
      long id =
          catalogue.item(
              name,
              kind,
              money("dailyRent", "日租金", dailyRent),
              money("deposit", "押金", deposit),
              number("subsidyPercent", "补贴比例", subsidyPercent));
      audit.record(AuditEvent.success("disability.device.item", "device_item", "" + id, name));
      model.addAttribute("message", "已加入目录：" + name.strip());
    } catch (InvalidInput e) {
      refused(model, e, response);
    }
    return show(model);
  }

  @PostMapping(PATH + "/points")
  String addPoint(
      @RequestParam(defaultValue = "") String pointName,
      @RequestParam(defaultValue = "") String regionCode,
      @RequestParam(defaultValue = "") String address,
      Model model,
      HttpServletResponse response) {
    access.require(DisabilityAccess.ADMIN);
    try {
      if (regionCode.strip().matches("[0-9]{12}")) {
        scope.requireInScope(regionCode.strip());
      }
      long id = catalogue.point(pointName.strip(), regionCode.strip(), address.strip());
      audit.record(
          AuditEvent.success("disability.device.point", "service_point", "" + id, pointName));
      model.addAttribute("message", "已新增服务点：" + pointName.strip());
    } catch (InvalidInput e) {
      refused(model, e, response);
    }
    return show(model);
  }

  @PostMapping(PATH + "/units")
  String addUnits(
      @RequestParam(defaultValue = "0") long itemId,
      @RequestParam(defaultValue = "0") long pointId,
      @RequestParam(defaultValue = "") String count,
      @RequestParam(defaultValue = "") String serialPrefix,
      Model model,
      HttpServletResponse response) {
    access.require(DisabilityAccess.ADMIN);
    try {
      int n = number("count", "件数", count);
      catalogue.addUnits(itemId, pointId, n, serialPrefix.strip());
      audit.record(
          AuditEvent.success(
              "disability.device.units", "device_item", "" + itemId, n + " 件 → 服务点 " + pointId));
      model.addAttribute("message", "已入库 " + n + " 件");
    } catch (InvalidInput e) {
      refused(model, e, response);
    }
    return show(model);
  }

  private static void refused(Model model, InvalidInput e, HttpServletResponse response) {
    response.setStatus(422);
    model.addAttribute("errors", Map.of(e.field() == null ? "name" : e.field(), e.getMessage()));
    model.addAttribute("error", e.getMessage());
  }

  private static BigDecimal money(String field, String label, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：请填写金额（元）");
    }
  }

  private static int number(String field, String label, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：请填写整数");
    }
  }
}
