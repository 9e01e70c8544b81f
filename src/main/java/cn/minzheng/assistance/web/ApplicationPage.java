package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.assistance.cases.NewApplication.Upload;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleAmount;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 救助申请: the street caseworker looks the household up by the applicant's ID number, enters the
 * members' incomes and assets, the consent record and the attachments.
 */
@Controller
class ApplicationPage {

  static final String PATH = "/assistance/cases/new";

  private final CaseApplications applications;
  private final CurrentUser currentUser;

  ApplicationPage(CaseApplications applications, CurrentUser currentUser) {
    this.applications = applications;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String form(Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    return page(model, null, Map.of());
  }

  /**
   * Finds the applicant's household. Posted, not a GET with the ID number in the address, which
   * proxies and access logs would keep.
   */
  @PostMapping(PATH + "/lookup")
  String lookup(@RequestParam(defaultValue = "") String idNumber, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    if (idNumber.isBlank()) {
      model.addAttribute("error", "申请人身份证号：请填写");
    } else {
      try {
        model.addAttribute("household", applications.householdOf(idNumber));
      } catch (CaseRuleViolation e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return page(model, idNumber, Map.of());
  }

  @PostMapping(PATH)
  String file(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    String idNumber = form.get("idNumber");
    List<String> errors = new ArrayList<>();
    try {
      HouseholdSummary household = applications.householdOf(idNumber);
      model.addAttribute("household", household);
      NewApplication application = read(form, household, files, errors);
      if (errors.isEmpty()) {
        long id = applications.file(application, user, ChinaTime.today());
        return "redirect:" + CasePage.PATH + "/" + id + "?filed";
      }
    } catch (CaseRuleViolation e) {
      errors.add(e.getMessage());
    }
    model.addAttribute("error", String.join("；", errors));
    return page(model, idNumber, form);
  }

  private NewApplication read(
      Map<String, String> form,
      HouseholdSummary household,
      List<MultipartFile> files,
      List<String> errors) {
    Map<Long, BigDecimal> incomes = new HashMap<>();
    Map<Long, String> assets = new HashMap<>();
    Set<Long> included = new HashSet<>();
    for (HouseholdSummary.Member m : household.members()) {
      String raw = form.getOrDefault("income_" + m.personId(), "0").strip();
      try {
        BigDecimal income = new BigDecimal(raw.isEmpty() ? "0" : raw);
        if (income.signum() < 0 || income.scale() > 2) {
          throw new NumberFormatException();
        }
        incomes.put(m.personId(), income);
      } catch (NumberFormatException e) {
        errors.add(m.name() + "的月收入：请填写不小于0、最多两位小数的金额");
      }
      assets.put(m.personId(), form.get("assets_" + m.personId()));
      if (form.containsKey("included_" + m.personId())) {
        included.add(m.personId());
      }
    }
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (!f.isEmpty()) {
          uploads.add(new Upload(f.getOriginalFilename(), bytes(f)));
        }
      }
    }
    return new NewApplication(
        parse(AssistanceType.class, form.get("type")),
        parse(Category.class, form.get("category")),
        form.get("idNumber"),
        incomes,
        assets,
        included,
        form.get("consentRef"),
        date(form.get("consentSignedOn"), errors),
        parse(CareLevel.class, form.get("careLevel")),
        form.containsKey("noAbleSupporter"),
        parse(LinshiKind.class, form.get("linshiKind")),
        amount(form.get("oneOffAmount"), errors),
        uploads);
  }

  private String page(Model model, String idNumber, Map<String, String> values) {
    model.addAttribute("idNumber", idNumber);
    model.addAttribute("values", values);
    model.addAttribute("types", AssistanceType.values());
    model.addAttribute("categories", Category.values());
    model.addAttribute("careLevels", CareLevel.values());
    model.addAttribute("linshiKinds", LinshiKind.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("救助案件", CaseListPage.PATH), Breadcrumb.here("救助申请")));
    return "assistance/application";
  }

  private static byte[] bytes(MultipartFile f) {
    try {
      return f.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PlausibleDate.parse(value, Span.HAPPENED, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      errors.add("授权书签署日期：" + e.getMessage());
      return null;
    }
  }

  private static BigDecimal amount(String value, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PlausibleAmount.parse(value);
    } catch (ImplausibleValueException e) {
      errors.add("临时救助金额：" + e.getMessage());
      return null;
    }
  }
}
