package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.time.LocalTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing and removing slot templates; slots generated before keep their times and seats. */
@Controller
class TemplateEditPages {

  private final SlotTemplates templates;
  private final AdminAccess admins;
  private final AuditLog audit;

  TemplateEditPages(SlotTemplates templates, AdminAccess admins, AuditLog audit) {
    this.templates = templates;
    this.admins = admins;
    this.audit = audit;
  }

  @PostMapping("/marriage/admin/offices/{id}/templates/{templateId}")
  String change(
      @PathVariable long id,
      @PathVariable long templateId,
      @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime start,
      @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime end,
      @RequestParam int capacity,
      RedirectAttributes redirect) {
    admins.require();
    if (!end.isAfter(start) || capacity <= 0) {
      redirect.addFlashAttribute("error", "结束时间须晚于开始时间，容量须大于0");
      return back(id);
    }
    try {
      if (templates.change(id, templateId, start, end, capacity)) {
        audit.record(AuditEvent.success("marriage.template.change", "office", "" + id, null));
        redirect.addFlashAttribute("message", "已保存模板（已生成的时段不变）");
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
      redirect.addFlashAttribute("message", "已删除模板（已生成的时段不变）");
    }
    return back(id);
  }

  private static String back(long id) {
    return "redirect:/marriage/admin/offices/" + id;
  }
}
