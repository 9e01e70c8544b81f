package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.PortalExistenceCheck;
import cn.minzheng.elderly.allowance.PortalExistenceCheck.FaceOutcome;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.FaceVerification;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 高龄津贴生存认证 in the portal: the citizen chooses themself or an elderly household member, then either
 * the face step (the city's real-name authentication service) or a code on the account's phone, and
 * sees until when the check is valid. One task per page, large controls.
 */
@Controller
class PortalExistenceCheckPage {

  static final String FACE_RETURN = "/portal/elderly/verification/face/result";

  private final PortalExistenceCheck checks;

  PortalExistenceCheckPage(PortalExistenceCheck checks) {
    this.checks = checks;
  }

  @GetMapping("/portal/elderly/verification")
  String show(Model model) {
    return page(model);
  }

  @PostMapping("/portal/elderly/verification/code")
  String sendCode(@RequestParam long personId, Model model) {
    try {
      model.addAttribute("codeSentTo", checks.sendCode(citizen(), personId));
    } catch (IllegalStateException tooSoon) {
      model.addAttribute("error", tooSoon.getMessage());
    }
    model.addAttribute("personId", personId);
    model.addAttribute("codeSent", true);
    return page(model);
  }

  @PostMapping("/portal/elderly/verification/confirm")
  String confirm(
      @RequestParam long personId,
      @RequestParam String code,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("personId", personId);
    if (checks.confirm(citizen(), personId, code)) {
      model.addAttribute("done", true);
    } else {
      response.setStatus(422);
      model.addAttribute("codeSent", true);
      model.addAttribute("error", "验证码不正确或已过期，请重新获取");
    }
    return page(model);
  }

  /** To the provider's face capture (the stand-in's simulation page in development). */
  @PostMapping("/portal/elderly/verification/face")
  String startFace(@RequestParam long personId, Model model) {
    try {
      return "redirect:" + checks.startFace(citizen(), personId, FACE_RETURN);
    } catch (IllegalStateException unavailable) {
      model.addAttribute("error", unavailable.getMessage());
      return page(model);
    }
  }

  /** Back from the provider: the result is asked from it, never taken from this URL. */
  @GetMapping(FACE_RETURN)
  String faceResult(
      @RequestParam(name = "verification") String verificationId,
      HttpServletResponse response,
      Model model) {
    FaceOutcome outcome = checks.finishFace(citizen(), verificationId);
    model.addAttribute("personId", outcome.personId());
    switch (outcome.outcome()) {
      case PASSED -> model.addAttribute("done", true);
      case PENDING -> model.addAttribute("facePending", true);
      default -> {
        response.setStatus(422);
        model.addAttribute(
            "error",
            outcome.outcome().label()
                + (outcome.reason() == null ? "" : "（" + outcome.reason() + "）")
                + "。可重新进行人脸识别，或改用短信验证码认证，也可联系社区工作人员上门认证。");
      }
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("candidates", checks.candidates(citizen()));
    FaceVerification face = checks.faceVerification().orElse(null);
    model.addAttribute("faceAvailable", face != null);
    model.addAttribute("faceStandIn", face != null && face.standIn());
    return "elderly/portal-verification";
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
