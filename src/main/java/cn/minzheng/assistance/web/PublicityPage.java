package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.CasePublicity;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公示 (public, no login): the households proposed in a community during their 7 days, with masked
 * names and never an ID number, and the objection form. Ended publicity is not shown.
 */
@Controller
class PublicityPage {

  static final String PATH = "/public/assistance/publicity";

  private final CasePublicity publicity;
  private final CaseStore store;
  private final RegionQuery regions;

  PublicityPage(CasePublicity publicity, CaseStore store, RegionQuery regions) {
    this.publicity = publicity;
    this.store = store;
    this.regions = regions;
  }

  @GetMapping(PATH)
  String choose(@RequestParam(required = false) String community) {
    if (community != null && community.matches("[0-9]{12}")) {
      return "redirect:" + PATH + "/" + community;
    }
    return "assistance/publicity-choose";
  }

  @GetMapping(PATH + "/{community}")
  String list(@PathVariable String community, Model model) {
    var node = regions.find(community).orElseThrow(() -> new RecordNotFoundException("region"));
    model.addAttribute("community", node);
    model.addAttribute("path", regions.path(community));
    model.addAttribute("entries", publicity.publicList(community, ChinaTime.today()));
    return "assistance/publicity";
  }

  @PostMapping(PATH + "/{community}/{caseId}/objection")
  String object(
      @PathVariable String community,
      @PathVariable long caseId,
      @RequestParam(required = false) String content,
      @RequestParam(required = false) String contact,
      RedirectAttributes redirect) {
    var c = store.find(caseId).orElseThrow(() -> new RecordNotFoundException("case"));
    if (!c.regionCode().equals(community)) {
      throw new RecordNotFoundException("case");
    }
    try {
      publicity.object(caseId, content, contact, ChinaTime.today());
      redirect.addFlashAttribute("message", "异议已提交，民政部门将进行核实。感谢您的监督。");
    } catch (CaseRuleViolation e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/" + community;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "assistance/publicity-missing";
  }
}
