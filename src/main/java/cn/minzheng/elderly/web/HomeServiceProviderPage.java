package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.ProviderRoster;
import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderDetail;
import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderForm;
import cn.minzheng.elderly.homeservice.ProviderRoster.WorkerForm;
import cn.minzheng.elderly.homeservice.ProviderRules;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One home-service provider: its particulars (name, contact, service area, active) and its workers.
 * A provider outside the caller's region answers 404, and its service area can only be moved within
 * that region.
 */
@Controller
class HomeServiceProviderPage {

  private final ProviderRoster roster;
  private final DataScope scope;
  private final ElderlyAccess access;

  HomeServiceProviderPage(ProviderRoster roster, DataScope scope, ElderlyAccess access) {
    this.roster = roster;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/home-services/providers/{id}")
  String show(@PathVariable long id, Model model) {
    access.require(ElderlyMenu.STAFF);
    ProviderDetail provider = visible(id);
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form", new ProviderForm(provider.name(), provider.regionCode(), provider.contact()));
      model.addAttribute("active", provider.active());
    }
    model.addAttribute("provider", provider);
    model.addAttribute("workers", roster.workers(id));
    // a fresh token per rendered form: a second send of the same form is recognised
    model.addAttribute("workerToken", UUID.randomUUID());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("居家上门服务", "/elderly/home-services"), Breadcrumb.here(provider.name())));
    return "elderly/home-service-provider";
  }

  @PostMapping("/elderly/home-services/providers/{id}")
  String update(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String contact,
      @RequestParam(defaultValue = "false") boolean active,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    visible(id);
    ProviderForm form = new ProviderForm(name, strip(regionCode), contact);
    Map<String, String> errors = ProviderRules.errors(form);
    if (!errors.containsKey("regionCode") && !scope.permits(form.regionCode())) {
      errors.put("regionCode", "服务区域：须为本辖区内的区划代码");
    }
    if (!errors.isEmpty()) {
      model.addAttribute("form", form);
      model.addAttribute("active", active);
      model.addAttribute("errors", errors);
      return show(id, model);
    }
    roster.updateProvider(id, form, active, user.username());
    redirect.addFlashAttribute("message", active ? "已保存服务组织信息" : "已保存，服务组织已停用：不再接受新的工单，已有记录和结算保留");
    return "redirect:/elderly/home-services/providers/" + id;
  }

  @PostMapping("/elderly/home-services/providers/{id}/workers")
  String addWorker(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String skills,
      @RequestParam(required = false) UUID formToken,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    visible(id);
    WorkerForm form = new WorkerForm(name, skills);
    Map<String, String> errors = ProviderRules.errors(form);
    if (!errors.isEmpty()) {
      model.addAttribute("workerForm", form);
      model.addAttribute("workerErrors", errors);
      return show(id, model);
    }
    UUID token = formToken == null ? UUID.randomUUID() : formToken;
    long worker = roster.addWorker(id, form, token, user.username());
    redirect.addFlashAttribute("message", "已新增服务人员，编号 " + worker);
    return "redirect:/elderly/home-services/providers/" + id;
  }

  @PostMapping("/elderly/home-services/providers/{id}/workers/{workerId}")
  String updateWorker(
      @PathVariable long id,
      @PathVariable long workerId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String skills,
      @RequestParam(defaultValue = "false") boolean active,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    visible(id);
    WorkerForm form = new WorkerForm(name, skills);
    Map<String, String> errors = ProviderRules.errors(form);
    if (!errors.isEmpty()) {
      model.addAttribute("error", "服务人员 " + workerId + "：" + String.join("；", errors.values()));
      return show(id, model);
    }
    if (!roster.updateWorker(id, workerId, form, active, user.username())) {
      throw new RecordNotFoundException("worker");
    }
    redirect.addFlashAttribute("message", "已保存服务人员 " + workerId);
    return "redirect:/elderly/home-services/providers/" + id;
  }

  private ProviderDetail visible(long id) {
    ProviderDetail provider =
        roster.provider(id).orElseThrow(() -> new RecordNotFoundException("provider"));
    scope.requireInScope(provider.regionCode());
    return provider;
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
