package cn.minzheng.socialwork.web;

import cn.minzheng.organisations.RegisteredOrganisation;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.care.CareServices;
import cn.minzheng.socialwork.care.CareServices.ServiceRecord;
import cn.minzheng.socialwork.care.CareServices.StationMonth;
import cn.minzheng.socialwork.contracts.ContractState;
import cn.minzheng.socialwork.contracts.ServiceContracts;
import cn.minzheng.socialwork.contracts.ServiceContracts.Contract;
import cn.minzheng.socialwork.contracts.ServiceContracts.ContractFilter;
import cn.minzheng.socialwork.walk.WalkTheProcess;
import cn.minzheng.socialwork.workforce.Agencies;
import cn.minzheng.socialwork.workforce.Coverage;
import cn.minzheng.socialwork.workforce.Coverage.DistrictCoverage;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.SocialWorker;
import cn.minzheng.socialwork.workforce.StationLevel;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.Station;
import cn.minzheng.socialwork.workforce.Stations.StationFilter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social-work API: the same role rules as the pages ({@link SocialWorkAccess}), filtered by the
 * caller's region; a record outside it answers 404 (problem details).
 */
@RestController
class SocialWorkApi {

  private final SocialWorkers workers;
  private final Stations stations;
  private final CareServices services;
  private final Coverage coverage;
  private final ServiceContracts contracts;
  private final WalkTheProcess walk;
  private final DataScope scope;
  private final SocialWorkAccess access;
  private final Agencies agencies;

  SocialWorkApi(
      SocialWorkers workers,
      Stations stations,
      CareServices services,
      Coverage coverage,
      ServiceContracts contracts,
      WalkTheProcess walk,
      DataScope scope,
      SocialWorkAccess access,
      Agencies agencies) {
    this.workers = workers;
    this.stations = stations;
    this.services = services;
    this.coverage = coverage;
    this.contracts = contracts;
    this.walk = walk;
    this.scope = scope;
    this.access = access;
    this.agencies = agencies;
  }

  record StationDetail(Station station, List<StationMonth> months) {}

  @Operation(
      summary = "在社会组织登记库中查找可登记为社工机构的组织",
      description = "按名称（包含）或统一社会信用代码（相等）查找，最多 20 个；含登记状态和信用状态（活动异常名录、严重违法失信名单）")
  @GetMapping("/api/v1/socialwork/agencies/register")
  List<RegisteredOrganisation> registerSearch(@RequestParam(required = false) String q) {
    access.require(SocialWorkAccess.MAINTAIN);
    return q == null ? List.of() : agencies.searchRegister(q);
  }

  @Operation(summary = "分页查询持证社会工作者")
  @GetMapping("/api/v1/socialwork/workers")
  PageResult<SocialWorker> workers(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.STAFF);
    return workers.list(
        scope.current(), null, PageQuery.of(page, size, null, null, SocialWorkers.SORTS, "name"));
  }

  @Operation(summary = "读取社会工作者")
  @GetMapping("/api/v1/socialwork/workers/{id}")
  SocialWorker worker(@PathVariable long id) {
    access.require(SocialWorkAccess.STAFF);
    SocialWorker worker = workers.find(id).orElseThrow(() -> new RecordNotFoundException("worker"));
    scope.requireInScope(worker.regionCode());
    return worker;
  }

  @Operation(summary = "分页查询社工站（可按类别、名称或区划代码筛选）")
  @GetMapping("/api/v1/socialwork/stations")
  PageResult<Station> stations(
      @RequestParam(required = false) StationLevel level,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.STAFF);
    return stations.page(
        scope.current(),
        new StationFilter(level, q),
        PageQuery.of(page, size, null, null, Stations.SORTS, "region_code"));
  }

  @Operation(summary = "读取社工站")
  @GetMapping("/api/v1/socialwork/stations/{id}")
  StationDetail station(@PathVariable long id) {
    access.require(SocialWorkAccess.STAFF);
    Station station = visible(id);
    return new StationDetail(station, services.monthsOf(id));
  }

  @Operation(summary = "分页读取社工站的服务记录")
  @GetMapping("/api/v1/socialwork/stations/{id}/services")
  PageResult<ServiceRecord> stationServices(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.STAFF);
    visible(id);
    return services.ofStation(
        id, PageQuery.of(page, size, null, "desc", CareServices.SORTS, "served_on"));
  }

  @Operation(summary = "各区县社工站覆盖情况")
  @GetMapping("/api/v1/socialwork/coverage")
  List<DistrictCoverage> coverage() {
    access.require(SocialWorkAccess.STATISTICS);
    return coverage.byDistrict(scope.current());
  }

  @Operation(summary = "分页查询政府购买社会工作服务合同（可按状态、项目或机构筛选）")
  @GetMapping("/api/v1/socialwork/contracts")
  PageResult<Contract> contracts(
      @RequestParam(required = false) ContractState state,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.CONTRACT_READ);
    return contracts.page(
        scope.current(),
        new ContractFilter(state, q),
        ChinaTime.today(),
        PageQuery.of(page, size, null, "desc", ServiceContracts.SORTS, "starts_on"));
  }

  @Operation(summary = "读取购买服务合同")
  @GetMapping("/api/v1/socialwork/contracts/{id}")
  Contract contract(@PathVariable long id) {
    access.require(SocialWorkAccess.CONTRACT_READ);
    Contract contract =
        contracts.find(id).orElseThrow(() -> new RecordNotFoundException("contract"));
    scope.requireInScope(contract.buyerRegionCode());
    return contract;
  }

  /** The measures of 局长走流程 open past their deadline, most overdue first. */
  @Operation(summary = "局长走流程：逾期未完成的整改措施")
  @GetMapping("/api/v1/socialwork/walk/overdue-measures")
  List<WalkTheProcess.Measure> overdueMeasures() {
    access.require(SocialWorkAccess.WALK_BOARD);
    return walk.overdue(scope.current(), cn.minzheng.shared.ChinaTime.today());
  }

  private Station visible(long id) {
    Station station = stations.find(id).orElseThrow(() -> new RecordNotFoundException("station"));
    scope.requireInScope(station.regionCode());
    return station;
  }
}
