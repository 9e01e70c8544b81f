package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.closures.DayClosures;
import cn.minzheng.marriage.domain.offices.NewOffice;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.OfficeActivation;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 登记处管理: offices and their weekly and peak-day slot templates (city administrators). */
@Controller
class OfficeAdminPages {

  private final Offices offices;
  private final RegionHierarchy regions;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final SlotTemplates templates;
  private final DayClosures closures;
  private final OfficeActivation activation;

  OfficeAdminPages(
      Offices offices,
      RegionHierarchy regions,
      CurrentUser currentUser,
      AuditLog audit,
      SlotTemplates templates,
      DayClosures closures,
      OfficeActivation activation) {
    this.offices = offices;
    this.regions = regions;
    this.currentUser = currentUser;
    this.audit = audit;
    this.templates = templates;
    this.closures = closures;
    this.activation = activation;
  }

  @GetMapping("/marriage/admin/offices")
  String list(Model model) {
    requireAdmin();
    model.addAttribute("offices", offices.allForAdministration());
    model.addAttribute("kinds", OfficeKind.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("登记处管理")));
    return "marriage/admin-offices";
  }

  @PostMapping("/marriage/admin/offices")
  String create(
      @RequestParam String code,
      @RequestParam String name,
      @RequestParam OfficeKind kind,
      @RequestParam String regionCode,
      @RequestParam String address,
      @RequestParam(required = false) BigDecimal latitude,
      @RequestParam(required = false) BigDecimal longitude,
      @RequestParam String openingHours,
      RedirectAttributes redirect) {
    requireAdmin();
    String region = regionCode.strip();
    if (!region.matches("\\d{12}") || regions.nameOf(region).equals(region)) {
      redirect.addFlashAttribute("error", "所在区划：请填写已有的12位区划代码");
      return "redirect:/marriage/admin/offices";
    }
    try {
      long id =
          offices.create(
              new NewOffice(
                  code.strip().toUpperCase(java.util.Locale.ROOT),
                  name.strip(),
                  kind,
                  region,
                  address.strip(),
                  latitude,
                  longitude,
                  openingHours.strip()));
      audit.record(AuditEvent.success("marriage.office.create", "office", "" + id, null));
      return "redirect:/marriage/admin/offices/" + id;
    } catch (DataIntegrityViolationException e) {
      redirect.addFlashAttribute("error", "登记处代码：须为2-12位大写字母或数字且不能重复；经纬度须在有效范围内");
      return "redirect:/marriage/admin/offices";
    }
  }

  @GetMapping("/marriage/admin/offices/{id}")
  String detail(@PathVariable long id, Model model) {
    requireAdmin();
    model.addAttribute(
        "office", offices.find(id).orElseThrow(() -> new RecordNotFoundException("office")));
    model.addAttribute("templates", templates.of(id));
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("kinds", OfficeKind.values());
    model.addAttribute("closures", closures.closuresOf(id, ChinaTime.today()));
    model.addAttribute("remaining", activation.remainingBookings(id));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("登记处管理", "/marriage/admin/offices"), Breadcrumb.here("时段模板")));
    return "marriage/admin-office";
  }

  @PostMapping("/marriage/admin/offices/{id}/templates")
  String addTemplate(
      @PathVariable long id,
      SlotTemplateForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    requireAdmin();
    offices.find(id).orElseThrow(() -> new RecordNotFoundException("office"));
    if (!form.usable(binding)) {
      redirect.addFlashAttribute("error", SlotTemplateForm.INVALID);
      return "redirect:/marriage/admin/offices/" + id;
    }
    SlotTemplate template =
        form.dayOfWeek() == null
            ? SlotTemplate.peak(form.start(), form.end(), form.capacity())
            : SlotTemplate.regular(form.dayOfWeek(), form.start(), form.end(), form.capacity());
    try {
      offices.addTemplate(id, template);
      audit.record(AuditEvent.success("marriage.template.add", "office", "" + id, null));
    } catch (DataIntegrityViolationException e) {
      redirect.addFlashAttribute("error", "该时段开始时间已存在");
    }
    return "redirect:/marriage/admin/offices/" + id;
  }

  private void requireAdmin() {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(CalendarAdminPage.CALENDAR_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("marriage administrators only");
    }
  }
}
