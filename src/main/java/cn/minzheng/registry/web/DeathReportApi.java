package cn.minzheng.registry.web;

import cn.minzheng.registry.DeathRecord;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import cn.minzheng.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Death reports of the health department's system (service account with scope {@code
 * registry:death-report}). Idempotent: a repeated report answers 200 with the death on record and
 * publishes nothing; a new one answers 201.
 */
@RestController
class DeathReportApi {

  static final String AUTHORITY = "SCOPE_registry:death-report";

  private final PersonCommands commands;

  DeathReportApi(PersonCommands commands) {
    this.commands = commands;
  }

  @Operation(summary = "报送死亡信息")
  @PostMapping("/api/v1/deaths")
  ResponseEntity<DeathRecord> report(@RequestBody DeathReportRequest body, Authentication auth) {
    if (auth == null
        || auth.getAuthorities().stream().noneMatch(a -> AUTHORITY.equals(a.getAuthority()))) {
      throw new AccessDeniedException("scope registry:death-report required");
    }
    IdCardNo id;
    try {
      id = IdCardNo.parse(body.idNumber());
    } catch (InvalidIdCardNoException e) {
      throw RegistryValidationException.of("idNumber", e.getMessage());
    }
    if (body.dateOfDeath() == null) {
      throw RegistryValidationException.of("dateOfDeath", "死亡日期不能为空");
    }
    DeathRecord record =
        commands.recordDeath(
            id,
            new DeathReport(
                body.dateOfDeath(), "HEALTH_DEPARTMENT", body.certificateNumber(), null));
    return ResponseEntity.status(record.newlyRecorded() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(record);
  }

  record DeathReportRequest(
      String idNumber, @PlausibleDate.Happened LocalDate dateOfDeath, String certificateNumber) {}
}
