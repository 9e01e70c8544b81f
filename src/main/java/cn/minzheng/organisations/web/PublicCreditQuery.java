package cn.minzheng.organisations.web;

import cn.minzheng.organisations.credit.PublicCredit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 社会组织信用信息查询, public: by name (part of it) or credit code, the registration status and the current
 * listings with their decision numbers. Community organisations filed without a code and personal
 * data (the legal representative) are not shown.
 */
@Controller
class PublicCreditQuery {

  private final PublicCredit credit;

  PublicCreditQuery(PublicCredit credit) {
    this.credit = credit;
  }

  @GetMapping("/public/organisations/credit")
  String query(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    if (q != null && q.strip().length() >= 2) {
      model.addAttribute("results", credit.search(q.strip()));
    }
    return "organisations/public-credit";
  }
}
