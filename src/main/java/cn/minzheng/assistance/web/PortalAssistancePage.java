package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网上申请 (portal, phone first): a citizen applies for their own household and follows the case. */
@Controller
class PortalAssistancePage {

  static final String PATH = "/portal/assistance";

  private final CaseApplications applications;
  private final PersonDirectory persons;

  PortalAssistancePage(CaseApplications applications, PersonDirectory persons) {
    this.applications = applications;
    this.persons = persons;
  }

  @GetMapping(PATH)
  String my(Model model) {
    Citizen me = citizen();
    model.addAttribute("cases", applications.casesOfCitizen(me.personId()));
    model.addAttribute("household", persons.householdOf(me.personId()).orElse(null));
    model.addAttribute("categories", Category.values());
    model.addAttribute("careLevels", CareLevel.values());
    return "assistance/portal";
  }

  @PostMapping(PATH)
  String apply(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    Citizen me = citizen();
    if (!form.containsKey("consent")) {
      redirect.addFlashAttribute("error", "核对授权：请阅读并同意授权民政部门核对家庭经济状况");
      return "redirect:" + PATH;
    }
    HouseholdSummary household = persons.householdOf(me.personId()).orElse(null);
    Map<Long, BigDecimal> incomes = new HashMap<>();
    try {
      if (household != null) {
        for (HouseholdSummary.Member m : household.members()) {
          String raw = form.getOrDefault("income_" + m.personId(), "0").strip();
          incomes.put(m.personId(), new BigDecimal(raw.isEmpty() ? "0" : raw));
        }
      }
      LocalDate today = ChinaTime.today();
      AssistanceType type = AssistanceType.valueOf(form.getOrDefault("type", "DIBAO"));
      NewApplication a =
          new NewApplication(
              type,
              type == AssistanceType.DIBAO ? parse(Category.class, form.get("category")) : null,
              null,
              incomes,
              Map.of(),
              Set.of(),
              "电子授权-" + me.accountId() + "-" + today,
              today,
              parse(CareLevel.class, form.get("careLevel")),
              type == AssistanceType.TEKUN ? Boolean.TRUE : null,
              null,
              null,
              List.of());
      long id = applications.fileByCitizen(me.personId(), me.accountId(), a, today);
      redirect.addFlashAttribute("message", "申请已提交，街道（乡镇）将在受理后与您联系。");
      redirect.addFlashAttribute("filed", id);
    } catch (CaseRuleViolation e) {
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", "月收入：请填写不小于0的金额");
    }
    return "redirect:" + PATH;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Citizen citizen() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new AccessDeniedException("citizens only");
  }
}
