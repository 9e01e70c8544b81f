package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Elderly-care API for staff and service accounts, filtered by the caller's region: a record
 * outside it answers 404 (problem details), never 403.
 */
@RestController
class ElderlyApi {

  private final InstitutionQueries institutions;
  private final CheckStatus checks;
  private final DataScope scope;

  ElderlyApi(InstitutionQueries institutions, CheckStatus checks, DataScope scope) {
    this.institutions = institutions;
    this.checks = checks;
    this.scope = scope;
  }

  @GetMapping("/api/v1/elderly/institutions/{id}")
  Institution institution(@PathVariable long id) {
    Institution found =
        institutions.find(id).orElseThrow(() -> new RecordNotFoundException("institution"));
    scope.requireInScope(found.regionCode());
    return found;
  }

  @GetMapping("/api/v1/elderly/allowance/checks")
  List<CheckStatus.Row> checks(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "100") int limit) {
    return checks.list(
        scope.current(),
        YearMonth.from(ChinaTime.today()),
        overdue,
        Math.max(1, Math.min(limit, 1000)));
  }
}
