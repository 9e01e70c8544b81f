package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.care.CareServices;
import cn.minzheng.socialwork.care.CareServices.ServiceForm;
import cn.minzheng.socialwork.care.ServiceType;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.StationLevel;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.Station;
import cn.minzheng.socialwork.workforce.Stations.StationFilter;
import cn.minzheng.socialwork.workforce.Stations.StationForm;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 社工站: the stations and community posts of the caller's region, opening a station, adding a post;
 * one station with its services (people served per month) and the form that records a service.
 */
@Controller
class StationPages {

  private final Stations stations;
  private final SocialWorkers workers;
  private final CareServices services;
  private final DataScope scope;
  private final SocialWorkAccess access;

  StationPages(
      Stations stations,
      SocialWorkers workers,
      CareServices services,
      DataScope scope,
      SocialWorkAccess access) {
    this.stations = stations;
    this.workers = workers;
    this.services = services;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/stations")
  String list(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    StationLevel filter = levelOf(level);
    model.addAttribute(
        "page",
        stations.page(
            scope.current(),
            new StationFilter(filter, q),
            PageQuery.of(page, size, sort, dir, Stations.SORTS, "region_code")));
    model.addAttribute("level", filter == null ? null : filter.name());
    model.addAttribute("levels", StationLevel.values());
    model.addAttribute("q", q);
    model.addAttribute("posts", stations.posts(scope.current()));
    model.addAttribute("canMaintain", SocialWorkAccess.MAINTAIN.stream().anyMatch(user::has));
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form", new StationForm(user.regionCode(), "", ChinaTime.today().toString(), ""));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社工站与关爱服务")));
    return "socialwork/stations";
  }

  @PostMapping("/socialwork/stations")
  String open(
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String openedOn,
      @RequestParam(required = false) String agencyCreditCode,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    StationForm form = new StationForm(regionCode, name, openedOn, agencyCreditCode);
    try {
      long id = stations.open(form, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已设立社工站");
      return "redirect:/socialwork/stations/" + id;
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return list(null, null, null, null, null, null, model);
    }
  }

  @PostMapping("/socialwork/posts")
  String addPost(
      @RequestParam(required = false) String communityCode,
      @RequestParam(required = false) String title,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.MAINTAIN);
    try {
      if (communityCode != null && !scope.permits(communityCode.strip())) {
        throw new Rejected("communityCode", "社区区划代码：须在本辖区内");
      }
      stations.addPost(
          communityCode == null ? null : communityCode.strip(), title, null, user.username());
      redirect.addFlashAttribute("message", "已新增社区社工岗位");
      return "redirect:/socialwork/stations";
    } catch (Rejected e) {
      model.addAttribute("postErrors", e.fields());
      model.addAttribute("postCommunity", communityCode);
      model.addAttribute("postTitle", title);
      return list(null, null, null, null, null, null, model);
    }
  }

  @GetMapping("/socialwork/stations/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    access.require(SocialWorkAccess.STAFF);
    Station station = visible(id);
    model.addAttribute("station", station);
    model.addAttribute(
        "page",
        services.ofStation(
            id, PageQuery.of(page, size, null, "desc", CareServices.SORTS, "served_on")));
    model.addAttribute("months", services.monthsOf(id));
    model.addAttribute("workers", workers.activeIn(scope.current()));
    model.addAttribute("types", ServiceType.values());
    model.addAttribute("formToken", UUID.randomUUID());
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new ServiceForm(
              "", "", ServiceType.VISIT.name(), ChinaTime.today().toString(), "60", "", false));
    }
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("社工站与关爱服务", "/socialwork/stations"), Breadcrumb.here(station.name())));
    return "socialwork/station";
  }

  @PostMapping("/socialwork/stations/{id}/services")
  String record(
      @PathVariable long id,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String workerId,
      @RequestParam(required = false) String serviceType,
      @RequestParam(required = false) String servedOn,
      @RequestParam(required = false) String minutes,
      @RequestParam(required = false) String content,
      @RequestParam(defaultValue = "false") boolean fulfilsVisit,
      @RequestParam(required = false) UUID formToken,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    Station station = visible(id);
    ServiceForm form =
        new ServiceForm(idNumber, workerId, serviceType, servedOn, minutes, content, fulfilsVisit);
    try {
      services.record(
          station,
          form,
          formToken == null ? UUID.randomUUID() : formToken,
          scope::permits,
          user.username());
      redirect.addFlashAttribute("message", fulfilsVisit ? "已记录服务，并完成了此人的巡访任务" : "已记录服务");
      return "redirect:/socialwork/stations/" + id;
    } catch (Rejected e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return show(id, null, null, model);
    }
  }

  private Station visible(long id) {
    Station station = stations.find(id).orElseThrow(() -> new RecordNotFoundException("station"));
    scope.requireInScope(station.regionCode());
    return station;
  }

  private static StationLevel levelOf(String name) {
    for (StationLevel l : StationLevel.values()) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
  }
}
