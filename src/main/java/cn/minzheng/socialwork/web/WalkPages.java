package cn.minzheng.socialwork.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.walk.WalkTheProcess;
import cn.minzheng.socialwork.walk.WalkTheProcess.Measure;
import cn.minzheng.socialwork.walk.WalkTheProcess.Topic;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 局长走流程: the board (topics, person-times, findings, measures, overdue measures), a topic with its
 * visits, findings and measures, and the forms that record them.
 */
@Controller
class WalkPages {

  private final WalkTheProcess walk;
  private final DataScope scope;
  private final SocialWorkAccess access;

  WalkPages(WalkTheProcess walk, DataScope scope, SocialWorkAccess access) {
    this.walk = walk;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/socialwork/walk")
  String board(Model model) {
    StaffUser user = access.require(SocialWorkAccess.WALK_BOARD);
    model.addAttribute("board", walk.board(scope.current()));
    model.addAttribute("overdue", walk.overdue(scope.current(), ChinaTime.today()));
    model.addAttribute("topics", walk.topics(scope.current()));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("canEdit", SocialWorkAccess.WALK.stream().anyMatch(user::has));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("局长走流程")));
    return "socialwork/walk";
  }

  @PostMapping("/socialwork/walk/topics")
  String addTopic(
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String service,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.WALK);
    try {
      long id = walk.addTopic(user.regionCode(), title, service, user.username());
      redirect.addFlashAttribute("message", "已新增课题");
      return "redirect:/socialwork/walk/topics/" + id;
    } catch (Rejected e) {
      model.addAttribute("errors", e.fields());
      model.addAttribute("title", title);
      model.addAttribute("service", service);
      return board(model);
    }
  }

  @GetMapping("/socialwork/walk/topics/{id}")
  String topic(@PathVariable long id, Model model) {
    StaffUser user = access.require(SocialWorkAccess.WALK_BOARD);
    Topic topic = visible(id);
    model.addAttribute("topic", topic);
    model.addAttribute("visits", walk.visits(id));
    model.addAttribute("findings", walk.findings(id));
    model.addAttribute("measures", walk.measures(id));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("canEdit", SocialWorkAccess.WALK.stream().anyMatch(user::has));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("局长走流程", "/socialwork/walk"), Breadcrumb.here(topic.title())));
    return "socialwork/walk-topic";
  }

  @PostMapping("/socialwork/walk/topics/{id}/visits")
  String addVisit(
      @PathVariable long id,
      @RequestParam(required = false) String walkedOn,
      @RequestParam(required = false) String walker,
      @RequestParam(required = false) String persons,
      @RequestParam(required = false) String notes,
      Model model,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.WALK);
    visible(id);
    return attempt(
        id, model, redirect, "已记录走流程", () -> walk.addVisit(id, walkedOn, walker, persons, notes));
  }

  @PostMapping("/socialwork/walk/topics/{id}/findings")
  String addFinding(
      @PathVariable long id,
      @RequestParam(required = false) String finding,
      Model model,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.WALK);
    visible(id);
    return attempt(id, model, redirect, "已记录问题", () -> walk.addFinding(id, finding));
  }

  @PostMapping("/socialwork/walk/topics/{id}/measures")
  String addMeasure(
      @PathVariable long id,
      @RequestParam(required = false) String findingId,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) String deadline,
      Model model,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.WALK);
    visible(id);
    return attempt(
        id,
        model,
        redirect,
        "已新增整改措施",
        () -> walk.addMeasure(id, findingId, description, owner, deadline));
  }

  @PostMapping("/socialwork/walk/measures/{measureId}/done")
  String complete(@PathVariable long measureId, RedirectAttributes redirect) {
    access.require(SocialWorkAccess.WALK);
    Measure measure =
        walk.measure(measureId).orElseThrow(() -> new RecordNotFoundException("measure"));
    visible(measure.topicId());
    redirect.addFlashAttribute("message", walk.complete(measureId) ? "已标记措施完成" : "该措施此前已完成");
    return "redirect:/socialwork/walk/topics/" + measure.topicId();
  }

  private String attempt(
      long id, Model model, RedirectAttributes redirect, String message, Runnable work) {
    try {
      work.run();
      redirect.addFlashAttribute("message", message);
      return "redirect:/socialwork/walk/topics/" + id;
    } catch (Rejected e) {
      model.addAttribute("errors", e.fields());
      return topic(id, model);
    }
  }

  private Topic visible(long id) {
    Topic topic = walk.topic(id).orElseThrow(() -> new RecordNotFoundException("topic"));
    scope.requireInScope(topic.regionCode());
    return topic;
  }
}
