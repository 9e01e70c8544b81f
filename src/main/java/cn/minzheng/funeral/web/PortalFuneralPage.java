package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 惠民殡葬补贴 in the portal: a family member applies once for a relative's death (the signed-in citizen
 * is applicant and payee) and sees the cases applied for. Only the citizen's own person.
 */
@Controller
class PortalFuneralPage {

  private final SubsidyCases cases;

  PortalFuneralPage(SubsidyCases cases) {
    this.cases = cases;
  }

  @GetMapping("/portal/funeral")
  String show(Model model) {
    model.addAttribute("cases", cases.appliedBy(citizen().personId()));
    return "funeral/portal";
  }

  @PostMapping("/portal/funeral")
  String apply(
      @RequestParam(required = false) String deceasedIdNumber,
      @RequestParam(required = false) String bankName,
      @RequestParam(required = false) String accountNumber,
      Model model) {
    try {
      cases.applyInPortal(citizen().personId(), deceasedIdNumber, bankName, accountNumber);
      model.addAttribute("message", "申请已提交，核算审核后补贴将发放至您填写的银行账户");
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("fieldErrors", Map.of(e.field(), e.getMessage()));
      model.addAttribute("deceasedIdNumber", deceasedIdNumber);
      model.addAttribute("bankName", bankName);
    }
    return show(model);
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
