package cn.minzheng.socialwork.web;

import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.opendays.OpenDays;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 民政开放日 in the portal: the coming open days with their free places, registering (one place per
 * citizen and open day), cancelling before the day, and the feedback after attending. A citizen
 * sees and changes only their own registrations (another's answers 404).
 */
@Controller
class PortalOpenDayPages {

  private final OpenDays openDays;

  PortalOpenDayPages(OpenDays openDays) {
    this.openDays = openDays;
  }

  @GetMapping("/portal/open-days")
  String show(Model model) {
    model.addAttribute("days", openDays.upcoming(ChinaTime.today()));
    model.addAttribute("mine", openDays.mine(citizen().personId()));
    model.addAttribute("today", ChinaTime.today());
    return "socialwork/portal-open-days";
  }

  @PostMapping("/portal/open-days/{id}/register")
  String register(@PathVariable long id, Model model, RedirectAttributes redirect) {
    return attempt(
        model, redirect, "报名成功，请按时参加", () -> openDays.register(id, citizen().personId()));
  }

  @PostMapping("/portal/open-days/registrations/{id}/cancel")
  String cancel(@PathVariable long id, Model model, RedirectAttributes redirect) {
    return attempt(model, redirect, "已取消报名", () -> openDays.cancel(id, citizen().personId()));
  }

  @PostMapping("/portal/open-days/registrations/{id}/feedback")
  String feedback(
      @PathVariable long id,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String feedback,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        model,
        redirect,
        "感谢您的评价",
        () -> openDays.feedback(id, citizen().personId(), rating, feedback));
  }

  private String attempt(Model model, RedirectAttributes redirect, String message, Runnable work) {
    try {
      work.run();
      redirect.addFlashAttribute("message", message);
      return "redirect:/portal/open-days";
    } catch (Rejected e) {
      model.addAttribute("error", e.fields().values().iterator().next());
      model.addAttribute("errors", e.fields());
      return show(model);
    }
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
