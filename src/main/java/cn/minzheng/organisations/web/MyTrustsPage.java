package cn.minzheng.organisations.web;

import cn.minzheng.organisations.charity.CharityTrust;
import cn.minzheng.organisations.charity.CharityTrust.Filing;
import cn.minzheng.organisations.charity.CharityTrusts;
import cn.minzheng.organisations.charity.TrusteeKind;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 慈善信托网上备案 for the trustee's own account: the trusts its organisation holds as trustee and a new
 * filing (within 7 days of signing), which waits for the civil-affairs office's review. The trustee
 * is always the account's own organisation; nothing else is read.
 */
@Controller
class MyTrustsPage {

  static final String PATH = "/organisations/mine/trusts";

  private final OrganisationAccess access;
  private final CharityTrusts trusts;

  MyTrustsPage(OrganisationAccess access, CharityTrusts trusts) {
    this.access = access;
    this.trusts = trusts;
  }

  @GetMapping(PATH)
  String show(Model model) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    List<CharityTrust> mine = trusts.ofTrustee(o.id());
    model.addAttribute("organisation", o);
    model.addAttribute("trusts", mine);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("慈善信托备案")));
    return "organisations/mine-trusts";
  }

  @PostMapping(PATH)
  String file(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String signedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    try {
      long id =
          trusts.fileOnline(
              new Filing(
                  name == null ? "" : name,
                  TrusteeKind.CHARITY_ORGANISATION,
                  o.id(),
                  null,
                  null,
                  purpose == null ? "" : purpose,
                  ProjectForms.amount(property, "property", "信托财产（元）"),
                  o.regionCode(),
                  ProjectForms.date(signedOn, Span.HAPPENED, "signedOn", "信托文件签订日期")),
              o.id(),
              ChinaTime.today(),
              user.username());
      CharityTrust t = trusts.find(id).orElseThrow();
      redirect.addFlashAttribute(
          "message", "已提交备案（" + t.recordNumber() + "），等待民政部门审核" + (t.late() ? "；已超过7日备案期限" : ""));
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH;
  }
}
