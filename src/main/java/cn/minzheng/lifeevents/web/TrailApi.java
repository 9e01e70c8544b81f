package cn.minzheng.lifeevents.web;

import cn.minzheng.lifeevents.trail.PersonTrail;
import cn.minzheng.lifeevents.trail.TrailLine;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The trail as JSON: same roles, scope and audit as the page. */
@RestController
class TrailApi {

  private final PersonTrail trails;
  private final LifeEventsAccess access;

  TrailApi(PersonTrail trails, LifeEventsAccess access) {
    this.trails = trails;
    this.access = access;
  }

  record TrailResponse(long personId, String name, String lifeStatus, List<TrailLine> lines) {}

  @Operation(summary = "读取人员的生活事件轨迹")
  @GetMapping("/api/v1/lifeevents/persons/{id}/trail")
  TrailResponse trail(@PathVariable long id) {
    access.requireTrailReader();
    PersonTrail.Trail trail = trails.of(id);
    return new TrailResponse(
        trail.person().id(),
        trail.person().name(),
        trail.person().lifeStatus().label(),
        trail.lines());
  }
}
