package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.InstitutionOperators;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.elderly.institution.InstitutionSupervision;
import cn.minzheng.elderly.institution.ReliefGrants;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One institution: receipt or request for more materials, beds, inspections, rating, complaints,
 * the binding of an operator account. An institution outside the caller's region answers 404.
 */
@Controller
class InstitutionDetailPage {

  private final InstitutionQueries queries;
  private final InstitutionFilings filings;
  private final InstitutionSupervision supervision;
  private final InstitutionOperators operators;
  private final ReliefGrants relief;
  private final DataScope scope;
  private final ElderlyAccess access;

  InstitutionDetailPage(
      InstitutionQueries queries,
      InstitutionFilings filings,
      InstitutionSupervision supervision,
      InstitutionOperators operators,
      ReliefGrants relief,
      DataScope scope,
      ElderlyAccess access) {
    this.queries = queries;
    this.filings = filings;
    this.supervision = supervision;
    this.operators = operators;
    this.relief = relief;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/institutions/{id}")
  String show(@PathVariable long id, Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    Institution institution = visible(id);
    model.addAttribute(
        "canBindOperator", user.roles().stream().anyMatch(ElderlyMenu.BUREAU::contains));
    model.addAttribute("i", institution);
    model.addAttribute("inspections", queries.inspections(id));
    model.addAttribute("history", queries.history(id));
    model.addAttribute("openComplaints", queries.openComplaints(id));
    model.addAttribute("reliefGrants", relief.of(id));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("养老机构备案", "/elderly/institutions"),
            Breadcrumb.here(institution.name())));
    return "elderly/institution";
  }

  /** Actions the bureau (county, city) decides; the rest are the street's and community's too. */
  static final Set<String> BUREAU_ACTIONS =
      Set.of("receipt", "materials", "rating", "operator", "relief");

  @PostMapping("/elderly/institutions/{id}/{action}")
  String act(
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Integer total,
      @RequestParam(required = false) Integer nursing,
      @RequestParam(required = false) Integer occupied,
      @RequestParam(required = false) Integer stars,
      @RequestParam(required = false) Integer inspection,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate deadline,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String grantedOn,
      Model model) {
    // the filing decisions, ratings and operator bindings are the bureau's: checked before the
    // institution is read, so a refused role learns nothing about it
    StaffUser user =
        access.require(BUREAU_ACTIONS.contains(action) ? ElderlyMenu.BUREAU : ElderlyMenu.STAFF);
    visible(id);
    String by = user.username();
    LocalDate today = ChinaTime.today();
    try {
      switch (action) {
        case "receipt" -> filings.issueReceipt(id, today, by);
        case "materials" -> filings.requestMaterials(id, note, by);
        case "beds" -> supervision.updateBeds(id, nz(total), nz(nursing), nz(occupied), by);
        case "inspection" -> supervision.inspect(id, today, note, deadline, by);
        case "rating" -> supervision.rate(id, stars == null ? 0 : stars, by);
        case "complaint" -> supervision.complaint(id, today, note, by);
        case "complaint-closed" -> supervision.closeComplaint(id, note, by);
        case "rectified" -> supervision.rectified(id, nz(inspection), today, by);
        // binding opens the institution's record to an outside account
        case "operator" -> operators.bind(note == null ? null : note.strip(), id, by);
        case "relief" ->
            relief.grant(
                id,
                DateField.required("grantedOn", "拨付日期", grantedOn, Span.HAPPENED),
                money(amount),
                note,
                by);
        default -> throw new RecordNotFoundException("action");
      }
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return show(id, model);
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
      return show(id, model);
    }
    return "redirect:/elderly/institutions/" + id;
  }

  private static BigDecimal money(String text) {
    try {
      return new BigDecimal(text == null ? "" : text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("纾困资金金额：请填写金额（元），如 50000.00");
    }
  }

  private static int nz(Integer value) {
    return value == null ? -1 : value;
  }

  private Institution visible(long id) {
    Institution institution =
        queries.find(id).orElseThrow(() -> new RecordNotFoundException("institution"));
    scope.requireInScope(institution.regionCode());
    return institution;
  }
}
