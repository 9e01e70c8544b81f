package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseProgress;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.assistance.online.OnlineDrafts;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 社会救助 in the portal (phone first): the household's applications with their progress, the
 * programmes one can apply for online (each starting with its 一次告知 list), an unfinished application
 * to continue, and one application's timeline (办事进度) — the citizen's own household's only:
 * another's answers 404.
 */
@Controller
class PortalAssistancePage {

  static final String PATH = "/portal/assistance";

  /** The programmes a citizen applies for online; 低保边缘 is identified by the street. */
  static final List<AssistanceType> ONLINE =
      List.of(AssistanceType.DIBAO, AssistanceType.TEKUN, AssistanceType.LINSHI);

  private final CaseApplications applications;
  private final CaseProgress progress;
  private final CaseQueries queries;
  private final OnlineDrafts drafts;
  private final PersonDirectory persons;

  PortalAssistancePage(
      CaseApplications applications,
      CaseProgress progress,
      CaseQueries queries,
      OnlineDrafts drafts,
      PersonDirectory persons) {
    this.applications = applications;
    this.progress = progress;
    this.queries = queries;
    this.drafts = drafts;
    this.persons = persons;
  }

  @GetMapping(PATH)
  String my(Model model) {
    Citizen me = PortalCitizen.current();
    model.addAttribute("cases", applications.casesOfCitizen(me.personId()));
    model.addAttribute("household", persons.householdOf(me.personId()).orElse(null));
    model.addAttribute("programmes", ONLINE);
    model.addAttribute("draft", drafts.of(me.personId()).orElse(null));
    return "assistance/portal";
  }

  @GetMapping(PATH + "/cases/{id}")
  String timeline(@PathVariable long id, Model model) {
    AssistanceCase c = own(applications, id);
    model.addAttribute("c", c);
    model.addAttribute("steps", progress.of(c, ChinaTime.today()));
    model.addAttribute("attachments", queries.attachments(c.id()));
    return "assistance/portal-case";
  }

  /** A case of the signed-in citizen's household; any other answers 404, as an unknown one. */
  static AssistanceCase own(CaseApplications applications, long id) {
    return applications.casesOfCitizen(PortalCitizen.current().personId()).stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("救助申请"));
  }
}
