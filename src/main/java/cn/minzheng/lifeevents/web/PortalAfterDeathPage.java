package cn.minzheng.lifeevents.web;

import cn.minzheng.lifeevents.checklist.AfterDeathChecklists;
import cn.minzheng.lifeevents.checklist.StepStatus;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 身后一件事 in the portal: the family sees the checklist and marks each step. */
@Controller
class PortalAfterDeathPage {

  private final AfterDeathChecklists checklists;

  PortalAfterDeathPage(AfterDeathChecklists checklists) {
    this.checklists = checklists;
  }

  @GetMapping("/portal/after-death")
  String show(Model model) {
    model.addAttribute("checklists", checklists.ofFamily(citizen().personId()));
    model.addAttribute("statuses", StepStatus.values());
    return "lifeevents/portal-after-death";
  }

  @PostMapping("/portal/after-death/{personId}/steps")
  String mark(
      @PathVariable long personId,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String status,
      RedirectAttributes redirect) {
    try {
      checklists.mark(citizen().personId(), personId, step, status);
      redirect.addFlashAttribute("message", "已更新办理状态");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/portal/after-death";
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
