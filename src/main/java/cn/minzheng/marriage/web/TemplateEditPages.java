package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.marriage.domain.replanning.DayRegeneration;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing and removing slot templates. Slots generated before keep their times and seats until the
 * administrator re-plans them by the templates as they are now.
 */
@Controller
class TemplateEditPages {

  private final SlotTemplates templates;
  private final AdminAccess admins;
  private final AuditLog audit;
  private final DayRegeneration regeneration;

  TemplateEditPages(
      SlotTemplates templates, AdminAccess admins, AuditLog audit, DayRegeneration regeneration) {
    this.templates = templates;
    this.admins = admins;
    this.audit = audit;
    this.regeneration = regeneration;
  }

  @PostMapping("/marriage/admin/offices/{id}/templates/{templateId}")
  String change(
      @PathVariable long id,
      @PathVariable long templateId,
      SlotTemplateForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    admins.require();
    if (!form.usable(binding)) {
      redirect.addFlashAttribute("error", SlotTemplateForm.INVALID);
      return back(id);
    }
    try {
      if (templates.change(id, templateId, form.start(), form.end(), form.capacity())) {
        audit.record(AuditEvent.success("marriage.template.change", "office", "" + id, null));
        redirect.addFlashAttribute("message", "已保存模板（已生成的时段不变，可按当前模板重新生成）");
      }
    } catch (DataIntegrityViolationException e) {
      redirect.addFlashAttribute("error", "该时段开始时间已存在");
    }
    return back(id);
  }

  @PostMapping("/marriage/admin/offices/{id}/templates/{templateId}/delete")
  String remove(@PathVariable long id, @PathVariable long templateId, RedirectAttributes redirect) {
    admins.require();
    if (templates.remove(id, templateId)) {
      audit.record(AuditEvent.success("marriage.template.remove", "office", "" + id, null));
      redirect.addFlashAttribute("message", "已删除模板（已生成的时段不变，可按当前模板重新生成）");
    }
    return back(id);
  }

  /**
   * Re-plans the office's slots from tomorrow on by its templates as they are now: free slots
   * follow them, bookings keep their slots and seats (audited per day).
   */
  @PostMapping("/marriage/admin/offices/{id}/regenerate")
  String regenerate(@PathVariable long id, RedirectAttributes redirect) {
    admins.require();
    DayRegeneration.Outcome o = regeneration.regenerateOffice(id);
    redirect.addFlashAttribute(
        "message",
        "已按当前模板重新生成明天起的时段：新开 "
            + o.opened()
            + " 个、调整 "
            + o.replanned()
            + " 个、删除未预约的 "
            + o.removed()
            + " 个；已预约的 "
            + o.keptBookings()
            + " 人次全部保留原时段和名额");
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/marriage/admin/offices/" + id;
  }
}
