package cn.minzheng.portal.web;

import cn.minzheng.portal.face.DevelopmentFaceVerification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development stand-in's "capture page": says in large letters that it is a simulation, and
 * lets the tester choose pass or fail. 404 when the stand-in is off (production) or the
 * verification is unknown.
 */
@Controller
class DevelopmentFacePage {

  private final ObjectProvider<DevelopmentFaceVerification> standIns;

  DevelopmentFacePage(ObjectProvider<DevelopmentFaceVerification> standIns) {
    this.standIns = standIns;
  }

  @GetMapping("/portal/dev/face/{id}")
  String show(@PathVariable String id, Model model) {
    model.addAttribute(
        "verification",
        standIn().pending(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "portal/dev-face";
  }

  @PostMapping("/portal/dev/face/{id}")
  String decide(@PathVariable String id, @RequestParam(defaultValue = "") String outcome) {
    String back =
        standIn()
            .decide(id, "PASS".equals(outcome))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return "redirect:" + back;
  }

  private DevelopmentFaceVerification standIn() {
    DevelopmentFaceVerification found = standIns.getIfAvailable();
    if (found == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return found;
  }
}
