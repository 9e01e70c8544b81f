package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.closures.DayClosures;
import cn.minzheng.marriage.domain.offices.NewOffice;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.OfficeActivation;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 登记处管理: changing an office's details, 停用/启用, and closing it on one day. */
@Controller
class OfficeEditPages {

  private final Offices offices;
  private final OfficeActivation activation;
  private final DayClosures closures;
  private final RegionHierarchy regions;
  private final AdminAccess admins;
  private final AuditLog audit;

  OfficeEditPages(
      Offices offices,
      OfficeActivation activation,
      DayClosures closures,
      RegionHierarchy regions,
      AdminAccess admins,
      AuditLog audit) {
    this.offices = offices;
    this.activation = activation;
    this.closures = closures;
    this.regions = regions;
    this.admins = admins;
    this.audit = audit;
  }

  @PostMapping("/marriage/admin/offices/{id}")
  String update(
      @PathVariable long id,
      @RequestParam String name,
      @RequestParam OfficeKind kind,
      @RequestParam String regionCode,
      @RequestParam String address,
      @RequestParam(required = false) BigDecimal latitude,
      @RequestParam(required = false) BigDecimal longitude,
      @RequestParam String openingHours,
      RedirectAttributes redirect) {
    Office office = office(id);
    String region = regionCode.strip();
    if (!region.matches("\\d{12}") || regions.nameOf(region).equals(region)) {
      return error(id, redirect, "所在区划：请填写已有的12位区划代码");
    }
    if (name.isBlank() || address.isBlank() || openingHours.isBlank()) {
      return error(id, redirect, "名称、地址、办公时间：不能为空");
    }
    try {
      offices.update(
          id,
          new NewOffice(
              office.code(),
              name.strip(),
              kind,
              region,
              address.strip(),
              latitude,
              longitude,
              openingHours.strip()));
    } catch (DataIntegrityViolationException e) {
      return error(id, redirect, "经纬度：须在有效范围内");
    }
    audit.record(AuditEvent.success("marriage.office.update", "office", "" + id, null));
    redirect.addFlashAttribute("message", "已保存登记处信息");
    return back(id);
  }

  @PostMapping("/marriage/admin/offices/{id}/deactivate")
  String deactivate(@PathVariable long id, RedirectAttributes redirect) {
    office(id);
    int remaining = activation.deactivate(id);
    redirect.addFlashAttribute("message", "已停用：不再开放新的预约；已有预约 " + remaining + " 个仍按时办理");
    return back(id);
  }

  @PostMapping("/marriage/admin/offices/{id}/reactivate")
  String reactivate(@PathVariable long id, RedirectAttributes redirect) {
    office(id);
    activation.reactivate(id);
    redirect.addFlashAttribute("message", "已启用：请在登记日历中生成时段");
    return back(id);
  }

  @PostMapping("/marriage/admin/offices/{id}/closures")
  String close(
      @PathVariable long id,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam String reason,
      RedirectAttributes redirect) {
    office(id);
    if (reason.isBlank()) {
      return error(id, redirect, "暂停原因：不能为空");
    }
    try {
      DayClosures.Outcome o = closures.closeOffice(id, day, reason.strip());
      redirect.addFlashAttribute(
          "message",
          day
              + " 暂停服务：删除未预约时段 "
              + o.removedSlots()
              + " 个，取消预约 "
              + o.cancelledBookings()
              + " 个并已通知当事人");
    } catch (BookingRejectedException e) {
      return error(id, redirect, e.getMessage());
    }
    return back(id);
  }

  private Office office(long id) {
    admins.require();
    return offices.find(id).orElseThrow(() -> new RecordNotFoundException("office"));
  }

  private static String error(long id, RedirectAttributes redirect, String message) {
    redirect.addFlashAttribute("error", message);
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/marriage/admin/offices/" + id;
  }
}
