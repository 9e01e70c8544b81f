package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.elderly.institution.NewFiling;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 养老机构备案: the list of the caller's region and the filing form (entered by the bureau). */
@Controller
class InstitutionPages {

  private final InstitutionQueries queries;
  private final InstitutionFilings filings;
  private final DataScope scope;
  private final ElderlyAccess access;

  InstitutionPages(
      InstitutionQueries queries,
      InstitutionFilings filings,
      DataScope scope,
      ElderlyAccess access) {
    this.queries = queries;
    this.filings = filings;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/institutions")
  String list(Model model) {
    access.require(ElderlyMenu.STAFF);
    model.addAttribute("institutions", queries.list(scope.current(), 500));
    model.addAttribute("premises", Premises.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("养老机构备案")));
    return "elderly/institutions";
  }

  @PostMapping("/elderly/institutions")
  String file(
      @RequestParam String name,
      @RequestParam String creditCode,
      @RequestParam String address,
      @RequestParam String regionCode,
      @RequestParam String legalRepresentative,
      @RequestParam Premises premises,
      @RequestParam(required = false) BigDecimal areaSqm,
      @RequestParam String contactPhone,
      @RequestParam int totalBeds,
      @RequestParam(defaultValue = "0") int nursingBeds,
      @RequestParam(defaultValue = "false") boolean pledgeSigned,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
      Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    if (!regionCode.matches("\\d{12}") || !scope.permits(regionCode)) {
      model.addAttribute("error", "所在区划：须为本辖区内的12位区划代码");
      return list(model);
    }
    try {
      long id =
          filings.file(
              new NewFiling(
                  name,
                  creditCode,
                  address,
                  regionCode,
                  legalRepresentative,
                  premises,
                  areaSqm,
                  contactPhone,
                  totalBeds,
                  nursingBeds,
                  pledgeSigned,
                  admittedOn,
                  ChinaTime.today()),
              user.username());
      return "redirect:/elderly/institutions/" + id;
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return list(model);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      model.addAttribute("error", "统一社会信用代码：该机构已备案");
      return list(model);
    }
  }
}
