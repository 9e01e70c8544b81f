package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.PortalExistenceCheck;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 高龄津贴生存认证 in the portal: the citizen chooses themself or an elderly household member, receives a
 * code on the account's phone and confirms. One task per page, large controls.
 */
@Controller
class PortalExistenceCheckPage {

  private final PortalExistenceCheck checks;

  PortalExistenceCheckPage(PortalExistenceCheck checks) {
    this.checks = checks;
  }

  @GetMapping("/portal/elderly/verification")
  String show(Model model) {
    model.addAttribute("candidates", checks.candidates(citizen()));
    return "elderly/portal-verification";
  }

  @PostMapping("/portal/elderly/verification/code")
  String sendCode(@RequestParam long personId, Model model) {
    try {
      checks.sendCode(citizen(), personId);
    } catch (IllegalStateException tooSoon) {
      model.addAttribute("error", tooSoon.getMessage());
    }
    model.addAttribute("personId", personId);
    model.addAttribute("candidates", checks.candidates(citizen()));
    model.addAttribute("codeSent", true);
    return "elderly/portal-verification";
  }

  @PostMapping("/portal/elderly/verification/confirm")
  String confirm(
      @RequestParam long personId,
      @RequestParam String code,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("candidates", checks.candidates(citizen()));
    model.addAttribute("personId", personId);
    if (checks.confirm(citizen(), personId, code)) {
      model.addAttribute("done", true);
    } else {
      response.setStatus(422);
      model.addAttribute("codeSent", true);
      model.addAttribute("error", "验证码不正确或已过期，请重新获取");
    }
    return "elderly/portal-verification";
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
