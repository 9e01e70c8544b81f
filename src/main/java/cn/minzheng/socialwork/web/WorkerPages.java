package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.workforce.Agencies;
import cn.minzheng.socialwork.workforce.Agencies.AgencyForm;
import cn.minzheng.socialwork.workforce.CertificateLevel;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.SocialWorker;
import cn.minzheng.socialwork.workforce.SocialWorkers.WorkerForm;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 持证社工 and 社工机构: lists of the caller's region, registration forms. */
@Controller
class WorkerPages {

  private final SocialWorkers workers;
  private final Agencies agencies;
  private final DataScope scope;
  private final SocialWorkAccess access;

  WorkerPages(SocialWorkers workers, Agencies agencies, DataScope scope, SocialWorkAccess access) {
    this.workers = workers;
    this.agencies = agencies;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/workers")
  String list(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    String levelFilter = validLevel(level);
    PageQuery query = PageQuery.of(page, size, sort, dir, SocialWorkers.SORTS, "name");
    model.addAttribute("page", workers.list(scope.current(), levelFilter, query));
    model.addAttribute("level", levelFilter);
    model.addAttribute("levels", CertificateLevel.values());
    model.addAttribute("canMaintain", SocialWorkAccess.MAINTAIN.stream().anyMatch(user::has));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new WorkerForm("", "", "", "", "", user.regionCode()));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("持证社工")));
    return "socialwork/workers";
  }

  @PostMapping("/socialwork/workers")
  String register(
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String certificateNumber,
      @RequestParam(required = false) String certificateYear,
      @RequestParam(required = false) String employerCreditCode,
      @RequestParam(required = false) String regionCode,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    WorkerForm form =
        new WorkerForm(
            idNumber, level, certificateNumber, certificateYear, employerCreditCode, regionCode);
    try {
      long id = workers.register(form, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已登记持证社工，编号 " + id);
      return "redirect:/socialwork/workers/" + id;
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return list(null, null, null, null, null, model);
    }
  }

  @GetMapping("/socialwork/workers/{id}")
  String show(@PathVariable long id, Model model) {
    access.require(SocialWorkAccess.STAFF);
    SocialWorker worker = workers.find(id).orElseThrow(() -> new RecordNotFoundException("worker"));
    scope.requireInScope(worker.regionCode());
    model.addAttribute("worker", worker);
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("持证社工", "/socialwork/workers"), Breadcrumb.here(worker.name())));
    return "socialwork/worker";
  }

  @GetMapping("/socialwork/agencies")
  String agencies(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String words,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    PageQuery query = PageQuery.of(page, size, sort, dir, Agencies.SORTS, "name");
    model.addAttribute("page", agencies.list(scope.current(), words, query));
    model.addAttribute("words", words == null ? "" : words);
    boolean canMaintain = SocialWorkAccess.MAINTAIN.stream().anyMatch(user::has);
    model.addAttribute("canMaintain", canMaintain);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute(
        "candidates", canMaintain && q != null ? agencies.searchRegister(q) : List.of());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new AgencyForm("", "", user.regionCode()));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社工机构")));
    return "socialwork/agencies";
  }

  @PostMapping("/socialwork/agencies")
  String registerAgency(
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String regionCode,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    AgencyForm form = new AgencyForm(creditCode, name, regionCode);
    try {
      if (regionCode == null || !regionCode.strip().matches("[0-9]{12}")) {
        throw new Rejected("regionCode", "所在区划代码：须为12位数字");
      }
      if (!scope.permits(regionCode.strip())) {
        throw new Rejected("regionCode", "所在区划代码：须在本辖区内");
      }
      agencies.register(new AgencyForm(creditCode, name, regionCode.strip()), user.username());
      redirect.addFlashAttribute("message", "已登记社工机构");
      return "redirect:/socialwork/agencies";
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return agencies(null, null, null, null, null, null, model);
    }
  }

  private static String validLevel(String level) {
    for (CertificateLevel l : CertificateLevel.values()) {
      if (l.name().equals(level)) {
        return level;
      }
    }
    return null;
  }
}
