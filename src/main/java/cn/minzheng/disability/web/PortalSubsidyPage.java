package cn.minzheng.disability.web;

import cn.minzheng.disability.subsidy.SubsidyQueries;
import cn.minzheng.portal.CitizenAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的残疾人补贴 in the portal: the citizen's own subsidies, the months paid and every start, change and
 * stop with its reason. Only the signed-in citizen's own person.
 */
@Controller
class PortalSubsidyPage {

  private final SubsidyQueries queries;

  PortalSubsidyPage(SubsidyQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/portal/disability")
  String show(Model model) {
    long me =
        ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
            .citizen()
            .personId();
    model.addAttribute("statuses", queries.statuses(me));
    model.addAttribute("changes", queries.changes(me));
    model.addAttribute("months", queries.months(me, 24));
    model.addAttribute("corrections", queries.corrections(me));
    return "disability/portal-subsidies";
  }
}
