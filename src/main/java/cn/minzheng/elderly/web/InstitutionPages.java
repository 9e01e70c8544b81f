package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 养老机构备案: the list of the caller's region (paged, by status, name, online filings) and the filing
 * form (entered by the bureau).
 */
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
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(defaultValue = "false") boolean online,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    access.require(ElderlyMenu.STAFF);
    String known = status != null && STATUSES.contains(status) ? status : null;
    return show(
        new InstitutionQueries.Filter(known, name, online),
        PageQuery.of(page, size, sort, dir, InstitutionQueries.SORTS, "submitted_on"),
        model);
  }

  /** The statuses of the list's filter, in the order of a filing. */
  static final List<String> STATUSES = List.of("SUBMITTED", "MORE_MATERIALS", "FILED", "CLOSED");

  private String show(InstitutionQueries.Filter filter, PageQuery query, Model model) {
    model.addAttribute("page", queries.page(scope.current(), filter, query));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("premises", Premises.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("养老机构备案")));
    return "elderly/institutions";
  }

  private String list(Model model) {
    return show(
        new InstitutionQueries.Filter(null, null, false), PageQuery.first("submitted_on"), model);
  }

  @PostMapping("/elderly/institutions")
  String file(@ModelAttribute FilingForm form, Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    if (!form.region().matches("\\d{12}") || !scope.permits(form.region())) {
      model.addAttribute("error", "所在区划：须为本辖区内的12位区划代码");
      return list(model);
    }
    try {
      long id = filings.file(form.submittedToday(), user.username());
      return "redirect:/elderly/institutions/" + id;
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return list(model);
    } catch (DuplicateKeyException e) {
      model.addAttribute("error", "统一社会信用代码：该机构已备案");
      return list(model);
    }
  }
}
