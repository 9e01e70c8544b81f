package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.AllowanceSettings;
import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.elderly.allowance.ExistenceChecks;
import cn.minzheng.elderly.allowance.ExistenceChecks.Verifier;
import cn.minzheng.elderly.allowance.VerificationMethod;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 生存认证 for staff: the recipients of the caller's region with their next due month (overdue first)
 * and the community worker's visit record, which counts as a check.
 */
@Controller
class ExistenceCheckPages {

  private final CheckStatus status;
  private final ExistenceChecks checks;
  private final AllowanceSettings settings;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final ElderlyAccess access;

  ExistenceCheckPages(
      CheckStatus status,
      ExistenceChecks checks,
      AllowanceSettings settings,
      PersonDirectory persons,
      DataScope scope,
      ElderlyAccess access) {
    this.status = status;
    this.checks = checks;
    this.settings = settings;
    this.persons = persons;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/allowance/checks")
  String list(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    access.require(ElderlyMenu.STAFF);
    YearMonth now = YearMonth.from(ChinaTime.today());
    PageQuery query = PageQuery.of(page, size, null, null, CheckStatus.SORTS, "due_month");
    model.addAttribute("page", status.page(scope.current(), now, overdue, query));
    model.addAttribute("overdue", overdue);
    model.addAttribute("interval", settings.verificationIntervalMonths());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("生存认证")));
    return "elderly/checks";
  }

  @PostMapping("/elderly/allowance/checks/visit")
  String visit(@RequestParam String idNumber, @RequestParam String note, Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    try {
      PersonSummary person =
          persons
              .findByIdNumber(IdCardNo.parse(idNumber.strip()))
              .orElseThrow(() -> new RecordNotFoundException("person"));
      scope.requireInScope(person.residenceRegionCode());
      var arrears =
          checks.record(
              person.id(),
              ChinaTime.today(),
              VerificationMethod.VISIT,
              new Verifier(null, user.username()),
              note);
      model.addAttribute(
          "message",
          "已记录走访认证：" + person.name() + (arrears.isEmpty() ? "" : "，补发 " + arrears.size() + " 个月"));
    } catch (InvalidIdCardNoException e) {
      model.addAttribute("error", "身份证号：" + e.getMessage());
    } catch (RecordNotFoundException e) {
      model.addAttribute("error", "身份证号：本辖区内未找到该人员");
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return list(false, null, null, model);
  }
}
