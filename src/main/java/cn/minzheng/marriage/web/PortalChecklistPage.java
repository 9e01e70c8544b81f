package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.counter.FollowUpChecklist;
import cn.minzheng.marriage.domain.counter.FollowUpChecklist.Item;
import cn.minzheng.marriage.domain.counter.FollowUpChecklist.Status;
import cn.minzheng.portal.CitizenAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 婚育一件事 in the portal: the signed-in spouse's follow-up checklist. */
@Controller
class PortalChecklistPage {

  private final FollowUpChecklist checklist;

  PortalChecklistPage(FollowUpChecklist checklist) {
    this.checklist = checklist;
  }

  @GetMapping("/portal/marriage/checklist")
  String show(Model model) {
    model.addAttribute("entries", checklist.of(personId()));
    model.addAttribute("statuses", Status.values());
    return "marriage/portal-checklist";
  }

  @PostMapping("/portal/marriage/checklist/{registrationId}/{item}")
  String update(
      @PathVariable long registrationId, @PathVariable Item item, @RequestParam Status status) {
    checklist.update(personId(), registrationId, item, status);
    return "redirect:/portal/marriage/checklist";
  }

  private static long personId() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen().personId();
    }
    throw new IllegalStateException("no citizen signed in");
  }
}
