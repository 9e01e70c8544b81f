package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
