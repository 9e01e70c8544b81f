package cn.minzheng.portal.web;

import cn.minzheng.portal.account.PrivacyConsents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人信息保护告知书 (open to everybody: it is read before registering) and the citizen's own consent on 我的:
 * withdraw it, or give it again.
 */
@Controller
class PrivacyController {

  private final PrivacyConsents consents;

  PrivacyController(PrivacyConsents consents) {
    this.consents = consents;
  }

  @GetMapping("/portal/privacy")
  String notice(Model model) {
    model.addAttribute("noticeVersion", PrivacyConsents.NOTICE_VERSION);
    return "portal/privacy";
  }

  @PostMapping("/portal/me/privacy/withdraw")
  String withdraw(RedirectAttributes redirect) {
    consents.withdraw(CitizenSessions.current().accountId());
    redirect.addFlashAttribute("consentMessage", "已撤回同意。我们不再向您的手机发送消息提醒短信，站内消息仍可在“消息”中查看。");
    return "redirect:/portal/me";
  }

  @PostMapping("/portal/me/privacy/consent")
  String consent(RedirectAttributes redirect) {
    consents.give(CitizenSessions.current().accountId());
    redirect.addFlashAttribute("consentMessage", "已重新同意《个人信息保护告知书》，将恢复发送消息提醒短信。");
    return "redirect:/portal/me";
  }
}
