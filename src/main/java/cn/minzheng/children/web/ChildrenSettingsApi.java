package cn.minzheng.children.web;

import cn.minzheng.children.allowance.StudyAgeCap;
import cn.minzheng.children.protection.VisitIntervals;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The effective-dated settings of the children module for staff systems: the same rule as the page
 * (city administrator only), a preview before the save, bad input as RFC 9457 problem details
 * naming the field, every change audited.
 */
@RestController
@Tag(name = "儿童福利·设置", description = "在校就读最高年龄与定期走访间隔（按生效日期分版本）")
class ChildrenSettingsApi {

  private final StudyAgeCap studyAge;
  private final VisitIntervals intervals;
  private final ChildrenRoles roles;
  private final AuditLog audit;

  ChildrenSettingsApi(
      StudyAgeCap studyAge, VisitIntervals intervals, ChildrenRoles roles, AuditLog audit) {
    this.studyAge = studyAge;
    this.intervals = intervals;
    this.roles = roles;
    this.audit = audit;
  }

  record Settings(
      List<StudyAgeCap.Version> studyAge, List<VisitIntervals.Version> visitIntervals) {}

  /** A study age cap from the first month {@code from} (年-月). */
  record StudyAgeChange(@Nullable Integer maxAge, @Nullable YearMonth from) {}

  /** A category's visit interval in months from the day {@code from}. */
  record VisitIntervalChange(
      @Nullable String category, @Nullable Integer months, @Nullable LocalDate from) {}

  @Operation(summary = "两项设置的全部版本（最新在前）")
  @GetMapping("/api/v1/children/settings")
  Settings settings() {
    roles.require(ChildrenRoles.ADMIN);
    return new Settings(studyAge.history(), intervals.history());
  }

  @Operation(summary = "预览在校就读最高年龄的调整：最后发放月份改变的在校儿童")
  @PostMapping("/api/v1/children/settings/study-age/preview")
  StudyAgeCap.Preview previewStudyAge(
      @RequestBody(required = false) @Nullable StudyAgeChange body) {
    roles.require(ChildrenRoles.ADMIN);
    StudyAgeChange change = studyAgeBody(body);
    return studyAge.preview(change.maxAge(), change.from());
  }

  @Operation(summary = "保存在校就读最高年龄的新版本（自某月1日起）")
  @PostMapping("/api/v1/children/settings/study-age")
  ResponseEntity<Void> changeStudyAge(
      @RequestBody(required = false) @Nullable StudyAgeChange body) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    StudyAgeChange change = studyAgeBody(body);
    studyAge.change(change.maxAge(), change.from(), user.username());
    ChildrenSettingsPage.recordStudyAge(audit, change.maxAge(), change.from());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "预览某类别走访间隔的调整：应走访日与执行当日逾期人数的变化")
  @PostMapping("/api/v1/children/settings/visit-interval/preview")
  VisitIntervals.Preview previewVisitInterval(
      @RequestBody(required = false) @Nullable VisitIntervalChange body) {
    roles.require(ChildrenRoles.ADMIN);
    VisitIntervalChange change = intervalBody(body);
    return intervals.preview(change.category(), change.months(), change.from());
  }

  @Operation(summary = "保存某类别走访间隔的新版本（自某日起）")
  @PostMapping("/api/v1/children/settings/visit-interval")
  ResponseEntity<Void> changeVisitInterval(
      @RequestBody(required = false) @Nullable VisitIntervalChange body) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    VisitIntervalChange change = intervalBody(body);
    intervals.change(change.category(), change.months(), change.from(), user.username());
    ChildrenSettingsPage.recordInterval(audit, change.category(), change.months(), change.from());
    return ResponseEntity.noContent().build();
  }

  private static StudyAgeChange studyAgeBody(@Nullable StudyAgeChange body) {
    if (body == null || body.maxAge() == null) {
      throw new InvalidInput("maxAge", "在校就读最高年龄：不能为空");
    }
    if (body.from() == null) {
      throw new InvalidInput("from", "执行起始月份：不能为空");
    }
    return body;
  }

  private static VisitIntervalChange intervalBody(@Nullable VisitIntervalChange body) {
    if (body == null || body.category() == null) {
      throw new InvalidInput("category", "儿童类别：不能为空");
    }
    if (body.months() == null) {
      throw new InvalidInput("months", "走访间隔：不能为空");
    }
    if (body.from() == null) {
      throw new InvalidInput("from", "执行日期：不能为空");
    }
    return body;
  }
}
