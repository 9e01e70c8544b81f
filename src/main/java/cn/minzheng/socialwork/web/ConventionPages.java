package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.governance.Conventions;
import cn.minzheng.socialwork.governance.Conventions.Convention;
import cn.minzheng.socialwork.governance.Conventions.ConventionForm;
import cn.minzheng.socialwork.governance.ReviewStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 村规民约/居民公约: the conventions of the caller's region with their review status, adopting or replacing
 * one, recording a review; and the public page of a community's convention.
 */
@Controller
class ConventionPages {

  private final Conventions conventions;
  private final DataScope scope;
  private final SocialWorkAccess access;

  ConventionPages(Conventions conventions, DataScope scope, SocialWorkAccess access) {
    this.conventions = conventions;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/conventions")
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    LocalDate today = ChinaTime.today();
    ReviewStatus filter = null;
    for (ReviewStatus s : ReviewStatus.values()) {
      if (s.name().equals(status)) {
        filter = s;
      }
    }
    model.addAttribute(
        "page",
        conventions.page(
            scope.current(),
            filter,
            today,
            PageQuery.of(page, size, sort, dir, Conventions.SORTS, "due")));
    model.addAttribute("status", filter == null ? null : filter.name());
    model.addAttribute("statuses", ReviewStatus.values());
    model.addAttribute("today", today);
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form", new ConventionForm(user.regionCode(), "", "", today.toString(), ""));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("村规民约与居民公约")));
    return "socialwork/conventions";
  }

  @PostMapping("/socialwork/conventions")
  String adopt(
      @RequestParam(required = false) String communityCode,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String adoptedOn,
      @RequestParam(required = false) String meeting,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    ConventionForm form = new ConventionForm(communityCode, title, body, adoptedOn, meeting);
    try {
      conventions.adopt(form, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已登记公约，并在公开页面发布");
      return "redirect:/socialwork/conventions";
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return list(null, null, null, null, null, model);
    }
  }

  @PostMapping("/socialwork/conventions/{id}/review")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) String reviewedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    Convention convention =
        conventions.find(id).orElseThrow(() -> new RecordNotFoundException("convention"));
    scope.requireInScope(convention.communityCode());
    try {
      conventions.reviewed(convention, reviewedOn, user.username());
      redirect.addFlashAttribute("message", "已记录复审");
      return "redirect:/socialwork/conventions";
    } catch (Rejected e) {
      model.addAttribute(
          "error", convention.communityName() + "：" + String.join("；", e.fields().values()));
      return list(null, null, null, null, null, model);
    }
  }

  @GetMapping("/public/socialwork/conventions/{community}")
  String published(@PathVariable String community, Model model) {
    Convention convention =
        conventions
            .ofCommunity(community)
            .orElseThrow(() -> new RecordNotFoundException("convention"));
    model.addAttribute("convention", convention);
    return "socialwork/public-convention";
  }
}
