package cn.minzheng.disability.web;

import cn.minzheng.disability.device.DeviceRejected;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Condition;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 辅具租赁 at the service points: the rentals of the points in the caller's region (reserved first),
 * hand-out (or delivery, 送货上门), renewal and return with the condition check. A rental of a point
 * outside the region answers 404.
 */
@Controller
class DevicePages {

  private final DeviceRentals rentals;
  private final DataScope scope;
  private final DisabilityAccess access;

  DevicePages(DeviceRentals rentals, DataScope scope, DisabilityAccess access) {
    this.rentals = rentals;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/disability/devices")
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    access.require(DisabilityAccess.STAFF);
    String known = status != null && DeviceRentals.STATUSES.contains(status) ? status : null;
    // one order: to hand out, out, then the rest, newest first
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("status"), "status");
    model.addAttribute("page", rentals.atPoints(scope.current(), known, query));
    model.addAttribute("status", known);
    model.addAttribute("statuses", DeviceRentals.STATUSES);
    model.addAttribute("conditions", Condition.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("残疾人福利"), Breadcrumb.here("辅具租赁")));
    return "disability/devices";
  }

  @PostMapping("/disability/devices/{rentalId}/hand-out")
  String handOut(@PathVariable long rentalId, RedirectAttributes flash) {
    access.require(DisabilityAccess.STAFF);
    scope.requireInScope(rentals.pointRegion(rentalId));
    try {
      rentals.handOut(rentalId, ChinaTime.today());
      var r = rentals.find(rentalId);
      flash.addFlashAttribute("message", (r.delivered() ? "已送货上门，到期日 " : "已发放，到期日 ") + r.dueOn());
    } catch (DeviceRejected e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/disability/devices";
  }

  /** 续租 at the point (or by phone): the due date moves by the days asked. */
  @PostMapping("/disability/devices/{rentalId}/renew")
  String renew(
      @PathVariable long rentalId,
      @RequestParam(defaultValue = "0") String days,
      RedirectAttributes flash) {
    var user = access.require(DisabilityAccess.STAFF);
    scope.requireInScope(rentals.pointRegion(rentalId));
    try {
      int extra = Integer.parseInt(days.strip());
      flash.addFlashAttribute(
          "message", "已续租，新的到期日 " + rentals.renew(rentalId, extra, user.username()));
    } catch (NumberFormatException e) {
      flash.addFlashAttribute("error", "续租天数：请填写天数");
    } catch (DeviceRejected e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/disability/devices";
  }

  @PostMapping("/disability/devices/{rentalId}/return")
  String giveBack(
      @PathVariable long rentalId,
      @RequestParam(defaultValue = "GOOD") String condition,
      @RequestParam(defaultValue = "0") String damageCharge,
      RedirectAttributes flash) {
    access.require(DisabilityAccess.STAFF);
    scope.requireInScope(rentals.pointRegion(rentalId));
    try {
      Condition c = "DAMAGED".equals(condition) ? Condition.DAMAGED : Condition.GOOD;
      BigDecimal damage =
          damageCharge.isBlank() ? BigDecimal.ZERO : new BigDecimal(damageCharge.strip());
      var r = rentals.giveBack(rentalId, ChinaTime.today(), c, damage);
      flash.addFlashAttribute("message", "已归还，退还押金 " + r.depositRefund() + " 元");
    } catch (DeviceRejected e) {
      flash.addFlashAttribute("error", e.getMessage());
    } catch (NumberFormatException e) {
      flash.addFlashAttribute("error", "损坏赔偿：请填写金额");
    }
    return "redirect:/disability/devices";
  }
}
