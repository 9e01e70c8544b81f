package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 低收入人口: the register in scope, and manual identification with a reason. */
@Controller
class RegisterPages {

  private final LowIncomeRegister register;
  private final PersonDirectory directory;
  private final DataScope scope;
  private final AuditLog audit;
  private final MonitoringAccess access;

  RegisterPages(
      LowIncomeRegister register,
      PersonDirectory directory,
      DataScope scope,
      AuditLog audit,
      MonitoringAccess access) {
    this.register = register;
    this.directory = directory;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/monitoring/register")
  String list(
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    access.requireCaseStaff();
    RegisterCategory filter =
        Arrays.stream(RegisterCategory.values())
            .filter(c -> c.name().equals(category))
            .findFirst()
            .orElse(null);
    PageQuery query = PageQuery.of(page, size, sort, dir, LowIncomeRegister.SORTS, "region_code");
    model.addAttribute("page", register.current(scope.current(), filter, query));
    model.addAttribute("categories", RegisterCategory.values());
    model.addAttribute("category", filter);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("低收入人口")));
    return "monitoring/register";
  }

  @PostMapping("/monitoring/register")
  String identify(
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    var user = access.requireOffice();
    String problem = null;
    try {
      var person = directory.findByIdNumber(IdCardNo.parse(idNumber)).orElse(null);
      RegisterCategory c =
          Arrays.stream(RegisterCategory.values())
              .filter(x -> x.name().equals(category))
              .findFirst()
              .orElse(null);
      if (person == null || !scope.permits(person.residenceRegionCode())) {
        problem = "身份证号：未找到您辖区内的该人员";
      } else if (c == null) {
        problem = "类别：请选择类别";
      } else if (reason.isBlank()) {
        problem = "认定理由：不能为空";
      } else {
        Long household = directory.householdOf(person.id()).map(HouseholdSummary::id).orElse(null);
        boolean added =
            register.include(
                new Inclusion(
                    person.id(),
                    household,
                    person.residenceRegionCode(),
                    c,
                    "MANUAL",
                    reason.strip(),
                    null,
                    ChinaTime.today()),
                user.username());
        audit.record(
            AuditEvent.success(
                "monitoring.register.identify", "person", String.valueOf(person.id()), c.name()));
        model.addAttribute("message", added ? "已纳入监测" : "该人员已在此类别中");
      }
    } catch (InvalidIdCardNoException e) {
      problem = "身份证号：" + e.getMessage();
    }
    model.addAttribute("problem", problem);
    return list(null, null, null, null, null, model);
  }
}
