package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.contracts.ContractState;
import cn.minzheng.socialwork.contracts.Grade;
import cn.minzheng.socialwork.contracts.ServiceContracts;
import cn.minzheng.socialwork.contracts.ServiceContracts.Contract;
import cn.minzheng.socialwork.contracts.ServiceContracts.ContractFilter;
import cn.minzheng.socialwork.contracts.ServiceContracts.ContractForm;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政府购买服务: contracts of the caller's region, progress reports, the final evaluation. */
@Controller
class ContractPages {

  private final ServiceContracts contracts;
  private final DataScope scope;
  private final SocialWorkAccess access;

  ContractPages(ServiceContracts contracts, DataScope scope, SocialWorkAccess access) {
    this.contracts = contracts;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/contracts")
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.CONTRACT_READ);
    LocalDate today = ChinaTime.today();
    ContractState filter = ContractState.parse(state);
    model.addAttribute(
        "page",
        contracts.page(
            scope.current(),
            new ContractFilter(filter, q),
            today,
            PageQuery.of(
                page,
                size,
                sort,
                dir == null ? "desc" : dir,
                ServiceContracts.SORTS,
                "starts_on")));
    model.addAttribute("state", filter == null ? null : filter.name());
    model.addAttribute("states", ContractState.values());
    model.addAttribute("q", q);
    model.addAttribute("today", today);
    model.addAttribute("canMaintain", SocialWorkAccess.MAINTAIN.stream().anyMatch(user::has));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ContractForm(user.regionCode(), "", "", "", "", "", "", ""));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("购买社会工作服务")));
    return "socialwork/contracts";
  }

  @PostMapping("/socialwork/contracts")
  String create(
      @RequestParam(required = false) String buyerRegionCode,
      @RequestParam(required = false) String agencyCreditCode,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String budget,
      @RequestParam(required = false) String startsOn,
      @RequestParam(required = false) String endsOn,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) String targetCount,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    ContractForm form =
        new ContractForm(
            buyerRegionCode,
            agencyCreditCode,
            title,
            budget,
            startsOn,
            endsOn,
            target,
            targetCount);
    try {
      long id = contracts.create(form, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已登记购买服务项目");
      return "redirect:/socialwork/contracts/" + id;
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return list(null, null, null, null, null, null, model);
    }
  }

  @GetMapping("/socialwork/contracts/{id}")
  String show(@PathVariable long id, Model model) {
    StaffUser user = access.require(SocialWorkAccess.CONTRACT_READ);
    Contract contract = visible(id);
    model.addAttribute("contract", contract);
    model.addAttribute("progress", contracts.progress(id));
    model.addAttribute("registered", contracts.agencyInRegister(contract).orElse(null));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("canMaintain", SocialWorkAccess.MAINTAIN.stream().anyMatch(user::has));
    model.addAttribute("grades", Grade.values());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("购买社会工作服务", "/socialwork/contracts"),
            Breadcrumb.here(contract.title())));
    return "socialwork/contract";
  }

  @PostMapping("/socialwork/contracts/{id}/progress")
  String report(
      @PathVariable long id,
      @RequestParam(required = false) String achieved,
      @RequestParam(required = false) String spent,
      @RequestParam(required = false) String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    Contract contract = visible(id);
    try {
      contracts.report(contract, achieved, spent, note, user.username());
      redirect.addFlashAttribute("message", "已报送进度");
      return "redirect:/socialwork/contracts/" + id;
    } catch (Rejected e) {
      model.addAttribute("errors", e.fields());
      return show(id, model);
    }
  }

  @PostMapping("/socialwork/contracts/{id}/evaluation")
  String evaluate(
      @PathVariable long id,
      @RequestParam(required = false) String score,
      @RequestParam(required = false) String evaluation,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    Contract contract = visible(id);
    try {
      Grade grade = contracts.evaluate(contract, score, evaluation, user.username());
      redirect.addFlashAttribute("message", "已完成结项评估：" + grade.label());
      return "redirect:/socialwork/contracts/" + id;
    } catch (Rejected e) {
      model.addAttribute("errors", e.fields());
      return show(id, model);
    }
  }

  private Contract visible(long id) {
    Contract contract =
        contracts.find(id).orElseThrow(() -> new RecordNotFoundException("contract"));
    scope.requireInScope(contract.buyerRegionCode());
    return contract;
  }
}
