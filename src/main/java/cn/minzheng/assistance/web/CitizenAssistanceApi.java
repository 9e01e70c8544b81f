package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseProgress;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.online.Material;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 网上申请的进度 for the city's app: the cases of the signed-in citizen's household and where each stands,
 * as the portal page lists them ({@link CaseApplications#casesOfCitizen}). Only what the household
 * may know: no staff names, no verification details.
 */
@RestController
class CitizenAssistanceApi {

  private final CaseApplications applications;
  private final CaseProgress progress;

  CitizenAssistanceApi(CaseApplications applications, CaseProgress progress) {
    this.applications = applications;
    this.progress = progress;
  }

  @Schema(description = "办事进度的一步：受理、家庭经济状况核对、入户调查、公示、审核确认、结果")
  record ProgressStep(
      String name,
      CaseProgress.Status status,
      @Schema(description = "状态的中文名：已完成、进行中、未开始、未进行、无需此环节") String statusLabel,
      @Schema(description = "完成（或开始）的日期") @Nullable LocalDate on,
      @Schema(description = "说明，如公示期、不予纳入的理由") @Nullable String note) {}

  @Schema(description = "申请所需的一项材料（一次告知）")
  record RequiredMaterial(
      Material code,
      String name,
      @Schema(description = "为什么需要") String why,
      @Schema(description = "何种情况下需要；为空表示都需要") @Nullable String when,
      @Schema(description = "是否上传文件（核对授权书为网上电子签署）") boolean uploaded) {}

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

  @Operation(
      summary = "一件申请的办事进度",
      description = "受理、核对、入户调查、公示、审核确认、结果各步的状态与日期；仅本人家庭的申请，他人的答 404。")
  @GetMapping("/api/v1/citizen/assistance/applications/{id}/progress")
  List<ProgressStep> progress(@PathVariable long id) {
    return progress.of(PortalAssistancePage.own(applications, id), ChinaTime.today()).stream()
        .map(s -> new ProgressStep(s.name(), s.status(), s.status().label(), s.on(), s.note()))
        .toList();
  }

  @Operation(summary = "申请所需材料（一次告知）", description = "低保（DIBAO）、特困（TEKUN）、临时救助（LINSHI）的全部材料及其用途。")
  @GetMapping("/api/v1/citizen/assistance/materials/{type}")
  List<RequiredMaterial> materials(@PathVariable String type) {
    AssistanceType programme =
        PortalAssistancePage.ONLINE.stream()
            .filter(t -> t.name().equals(type))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("救助项目"));
    return Material.requiredFor(programme).stream()
        .map(m -> new RequiredMaterial(m, m.label(), m.why(), m.when(), m.uploaded()))
        .toList();
  }

  @Operation(summary = "我家的救助申请及进度", description = "本人所在家庭的低保、特困、临时救助申请，新的在前。")
  @GetMapping("/api/v1/citizen/assistance/applications")
  List<CitizenCase> mine() {
    return applications.casesOfCitizen(PortalCitizen.current().personId()).stream()
        .map(CitizenCase::of)
        .toList();
  }
}
