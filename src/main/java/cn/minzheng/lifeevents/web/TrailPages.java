package cn.minzheng.lifeevents.web;

import cn.minzheng.lifeevents.trail.PersonTrail;
import cn.minzheng.platform.Breadcrumb;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 生活事件轨迹: one page per person, reached from the person's record. */
@Controller
class TrailPages {

  private final PersonTrail trails;
  private final LifeEventsAccess access;

  TrailPages(PersonTrail trails, LifeEventsAccess access) {
    this.trails = trails;
    this.access = access;
  }

  @GetMapping("/lifeevents/persons/{id}/trail")
  String trail(@PathVariable long id, Model model) {
    access.requireTrailReader();
    PersonTrail.Trail trail = trails.of(id);
    model.addAttribute("person", trail.person());
    model.addAttribute("lines", trail.lines());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Breadcrumb("人员查询", "/registry/persons"),
            new Breadcrumb(trail.person().name(), "/registry/persons/" + id),
            new Breadcrumb("生活事件轨迹", null)));
    return "lifeevents/trail";
  }
}
