package cn.minzheng.portal.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.portal.codes.DevelopmentTextSender;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 开发验证码: a staff page (outside {@code /portal/**}) listing the codes the development sender "sent".
 * System and security administrators only; 404 when the development sender is off.
 */
@Controller
class DevelopmentCodesController {

  private final ObjectProvider<DevelopmentCodeSender> sender;
  private final ObjectProvider<DevelopmentTextSender> texts;
  private final CurrentUser currentUser;

  DevelopmentCodesController(
      ObjectProvider<DevelopmentCodeSender> sender,
      ObjectProvider<DevelopmentTextSender> texts,
      CurrentUser currentUser) {
    this.sender = sender;
    this.texts = texts;
    this.currentUser = currentUser;
  }

  /** A breadcrumb as the layout reads it. */
  record Crumb(String label, String path) {}

  @GetMapping("/admin/dev-codes")
  String codes(Model model) {
    boolean allowed =
        currentUser
            .staff()
            .map(user -> user.has(Role.SYSTEM_ADMIN) || user.has(Role.SECURITY_ADMIN))
            .orElse(false);
    if (!allowed) {
      throw new AccessDeniedException("development codes are for administrators");
    }
    DevelopmentCodeSender development = sender.getIfAvailable();
    if (development == null) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND);
    }
    model.addAttribute("codes", development.recent());
    DevelopmentTextSender textSender = texts.getIfAvailable();
    model.addAttribute("texts", textSender == null ? List.of() : textSender.recent());
    model.addAttribute("now", Instant.now());
    model.addAttribute("breadcrumbs", List.of(new Crumb("系统管理", null), new Crumb("开发验证码", null)));
    return "portal/dev-codes";
  }
}
