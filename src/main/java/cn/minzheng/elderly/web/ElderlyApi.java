package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionOperators;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
  private final InstitutionOperators operators;
  private final CheckStatus checks;
  private final DataScope scope;
  private final CurrentUser currentUser;
  private final ElderlyAccess access;

  ElderlyApi(
      InstitutionQueries institutions,
      InstitutionOperators operators,
      CheckStatus checks,
      DataScope scope,
      CurrentUser currentUser,
      ElderlyAccess access) {
    this.institutions = institutions;
    this.operators = operators;
    this.checks = checks;
    this.scope = scope;
    this.currentUser = currentUser;
    this.access = access;
  }

  /**
   * The bureau's staff read institutions of their region, as on the pages; an institution's
   * operator reads its own institution only (its region is not its scope). Auditors and the
   * system's administrators read no personal data (a legal representative's name and phone).
   */
  @Operation(summary = "读取养老机构")
  @GetMapping("/api/v1/elderly/institutions/{id}")
  Institution institution(@PathVariable long id) {
    Optional<StaffUser> operator = currentUser.staff().filter(ElderlyApi::operatorOnly);
    if (operator.isEmpty()) {
      access.require(ElderlyMenu.STAFF);
    } else if (!operators.institutionOf(operator.get().username()).equals(Optional.of(id))) {
      throw new RecordNotFoundException("institution");
    }
    Institution found =
        institutions.find(id).orElseThrow(() -> new RecordNotFoundException("institution"));
    scope.requireInScope(found.regionCode());
    return found;
  }

  @Operation(summary = "高龄津贴生存认证状态")
  @GetMapping("/api/v1/elderly/allowance/checks")
  List<CheckStatus.Row> checks(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "100") int limit) {
    access.require(ElderlyMenu.STAFF);
    return checks.list(
        scope.current(),
        YearMonth.from(ChinaTime.today()),
        overdue,
        Math.max(1, Math.min(limit, 1000)));
  }

  private static boolean operatorOnly(StaffUser user) {
    return user.has(Role.INSTITUTION_OPERATOR)
        && user.roles().stream().noneMatch(ElderlyMenu.STAFF::contains);
  }
}
