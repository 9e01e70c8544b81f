package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.portal.CitizenAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 网上申请的进度 for the city's app: the cases of the signed-in citizen's household and where each stands,
 * as the portal page lists them ({@link CaseApplications#casesOfCitizen}). Only what the household
 * may know: no staff names, no verification details.
 */
@RestController
class CitizenAssistanceApi {

  private final CaseApplications applications;

  CitizenAssistanceApi(CaseApplications applications) {
    this.applications = applications;
  }

  @Schema(description = "本户的一件救助申请及其进度")
  record CitizenCase(
      long id,
      String caseNo,
      AssistanceType type,
      @Schema(description = "救助类别的中文名") String typeLabel,
      CaseState state,
      @Schema(description = "办理状态的中文名") String stateLabel,
      LocalDate appliedOn,
      @Schema(description = "办理时限") @Nullable LocalDate deadline,
      @Schema(description = "公示开始") @Nullable LocalDate publicityFrom,
      @Schema(description = "公示结束") @Nullable LocalDate publicityTo,
      @Schema(description = "审批日期") @Nullable LocalDate decidedOn,
      @Schema(description = "保障起始月") @Nullable LocalDate startMonth,
      @Schema(description = "不予纳入的理由") @Nullable String refusalReason) {

    static CitizenCase of(AssistanceCase c) {
      return new CitizenCase(
          c.id(),
          c.caseNo(),
          c.type(),
          c.type().label(),
          c.state(),
          c.state().label(),
          c.appliedOn(),
          c.deadline(),
          c.publicityFrom(),
          c.publicityTo(),
          c.decidedOn(),
          c.startMonth(),
          c.refusalReason());
    }
  }

  @Operation(summary = "我家的救助申请及进度", description = "本人所在家庭的低保、特困、临时救助申请，新的在前。")
  @GetMapping("/api/v1/citizen/assistance/applications")
  List<CitizenCase> mine() {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth)) {
      throw new AccessDeniedException("citizens only");
    }
    return applications.casesOfCitizen(auth.citizen().personId()).stream()
        .map(CitizenCase::of)
        .toList();
  }
}
