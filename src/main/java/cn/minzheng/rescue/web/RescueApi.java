package cn.minzheng.rescue.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Arrival;
import cn.minzheng.rescue.intake.Exits;
import cn.minzheng.rescue.intake.Exits.ExitForm;
import cn.minzheng.rescue.intake.Identities;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.IntakeQueries.Filter;
import cn.minzheng.rescue.intake.IntakeRow;
import cn.minzheng.rescue.intake.StayRecords;
import cn.minzheng.rescue.stations.Station;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rescue API for station staff, with the pages' role rules and region scope: a stay outside the
 * caller's subtree answers 404; refused input answers problem details naming the field.
 */
@RestController
@Tag(name = "救助管理", description = "流浪乞讨人员救助：入站、服务、寻亲、离站与统计")
class RescueApi {

  private final IntakeQueries queries;
  private final StayLookup stays;
  private final StayRecords records;
  private final Admissions admissions;
  private final Identities identities;
  private final Exits exits;
  private final RescueReport report;
  private final RescueAccess access;
  private final StationScope scope;
  private final AuditLog audit;

  RescueApi(
      IntakeQueries queries,
      StayLookup stays,
      StayRecords records,
      Admissions admissions,
      Identities identities,
      Exits exits,
      RescueReport report,
      RescueAccess access,
      StationScope scope,
      AuditLog audit) {
    this.queries = queries;
    this.stays = stays;
    this.records = records;
    this.admissions = admissions;
    this.identities = identities;
    this.exits = exits;
    this.report = report;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  /** A known person's intake: the ID number is looked up in the registry by its blind index. */
  record KnownIntake(
      String idNumber, String stationId, String admittedOn, String foundPlace, String referredBy) {}

  record Identification(String idNumber) {}

  record Stay(
      IntakeRow intake,
      List<StayRecords.ServiceRecord> services,
      List<StayRecords.Extension> extensions,
      List<StayRecords.SearchTask> searches,
      List<String> previousIntakes) {}

  @GetMapping("/api/v1/rescue/intakes")
  @Operation(
      summary = "救助记录列表",
      description = "本级范围内的救助记录；state=OPEN 在站、EXITED 已离站、ALL 全部；overdue=true 仅超期。")
  PageResult<IntakeRow> intakes(
      @RequestParam(required = false) Long station,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(RescueAccess.STATION);
    Boolean open =
        "EXITED".equals(state) ? Boolean.FALSE : "ALL".equals(state) ? null : Boolean.TRUE;
    return queries.list(
        scope.current(),
        new Filter(scope.listStation(station), open, Boolean.TRUE.equals(overdue), null),
        PageQuery.of(page, size, null, "desc", IntakeQueries.SORTS, "admitted_on"));
  }

  @GetMapping("/api/v1/rescue/intakes/{intakeId}")
  @Operation(summary = "救助记录详情", description = "含服务、延期、寻亲任务和同一人的历次救助登记号（本级范围内）；读取留痕。")
  Stay intake(@PathVariable long intakeId) {
    access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    audit.record(
        AuditEvent.success("rescue.intake.read", "rescue_intake", String.valueOf(intakeId), "api"));
    return new Stay(
        stay,
        records.services(intakeId),
        records.extensions(intakeId),
        records.searches(intakeId),
        stays.samePerson(stay).stream()
            .filter(s -> s.id() != intakeId && scope.permits(s))
            .map(IntakeRow::intakeNo)
            .toList());
  }

  @PostMapping("/api/v1/rescue/intakes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "身份明确人员入站登记", description = "身份证号须在人口库中；同一人在站期间不能重复登记。")
  Map<String, Object> admit(@RequestBody KnownIntake body) {
    StaffUser user = access.require(RescueAccess.STATION);
    scope.requireOwnStation(body.stationId());
    long id =
        admissions.admitKnown(
            body.idNumber(),
            new Arrival(body.stationId(), body.admittedOn(), body.foundPlace(), body.referredBy()),
            scope::permits,
            user.username());
    return Map.of("id", id, "intakeNo", stays.inScope(id).intakeNo());
  }

  @PostMapping("/api/v1/rescue/intakes/{intakeId}/exit")
  @Operation(
      summary = "离站",
      description = "kind: RETURNED_HOME 护送返乡, PLACED 长期安置, LEFT 自行离站, DIED 死亡（人口库登记死亡）。")
  IntakeRow exit(@PathVariable long intakeId, @RequestBody ExitForm body) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    exits.exit(stay, body, user.username());
    return stays.inScope(intakeId);
  }

  @PostMapping("/api/v1/rescue/intakes/{intakeId}/identify")
  @Operation(summary = "查明身份并并入人口库人员", description = "临时编号（含关联编号）下的全部救助记录并入此人。")
  Map<String, Object> identify(@PathVariable long intakeId, @RequestBody Identification body) {
    StaffUser user = access.require(RescueAccess.STATION);
    IntakeRow stay = stays.inScope(intakeId);
    int moved = identities.identify(stay, body.idNumber(), user.username());
    return Map.of("intakesMoved", moved);
  }

  @GetMapping("/api/v1/rescue/stations")
  @Operation(summary = "救助站", description = "本级范围内的救助站。")
  List<Station> stations() {
    access.require(RescueAccess.STATION);
    return scope.stations();
  }

  @GetMapping("/api/v1/rescue/statistics")
  @Operation(summary = "救助人次统计", description = "按月、救助站、区县和离站方式；from/to 为 yyyy-MM，默认近6个月。")
  RescueReport.Report statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(RescueAccess.STATISTICS);
    return report.of(scope.current(), from, to);
  }
}
