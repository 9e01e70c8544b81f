package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.warnings.Warning;
import cn.minzheng.monitoring.warnings.WarningEvidence;
import cn.minzheng.monitoring.warnings.WarningEvidence.EvidenceFact;
import cn.minzheng.monitoring.warnings.Warnings;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of warnings: lists and reads inside the caller's scope (outside: 404). */
@RestController
class WarningApi {

  private final Warnings warnings;
  private final WarningEvidence evidence;
  private final MonitoringAccess access;

  WarningApi(Warnings warnings, WarningEvidence evidence, MonitoringAccess access) {
    this.warnings = warnings;
    this.evidence = evidence;
    this.access = access;
  }

  @Operation(summary = "查询动态监测预警")
  @GetMapping("/api/v1/monitoring/warnings")
  List<Warning> list(@RequestParam(required = false) String state) {
    access.requireCaseStaff();
    return warnings.list(state == null || state.isBlank() ? null : state, 200);
  }

  @Operation(summary = "读取预警及其依据")
  @GetMapping("/api/v1/monitoring/warnings/{id}")
  WarningWithEvidence one(@PathVariable long id) {
    access.requireCaseStaff();
    Warning w = warnings.require(id);
    return new WarningWithEvidence(w, evidence.of(w));
  }

  record WarningWithEvidence(Warning warning, List<EvidenceFact> evidence) {}
}
