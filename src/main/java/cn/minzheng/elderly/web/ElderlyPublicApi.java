package cn.minzheng.elderly.web;

import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.elderly.servicelist.ServiceItem;
import cn.minzheng.elderly.servicelist.ServiceList;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the public map and the published service list show, for the city's app: the facilities
 * within walking distance of a point (the same query and limits as {@link PublicFacilityMap}) and
 * the basic elderly-care service list in force on a day. No personal data.
 */
@RestController
class ElderlyPublicApi {

  private final Facilities facilities;
  private final ServiceList serviceList;

  private final Boundaries boundaries;
  private final RegionQuery regions;

  ElderlyPublicApi(
      Facilities facilities, ServiceList serviceList, Boundaries boundaries, RegionQuery regions) {
    this.boundaries = boundaries;
    this.regions = regions;
    this.facilities = facilities;
    this.serviceList = serviceList;
  }

  @Operation(
      summary = "附近的养老服务设施（公开）",
      description = "以给定坐标为圆心、radius 米（100 至 5000，默认 1000）内的设施，由近及远；可按设施类型筛选。")
  @GetMapping("/api/v1/public/elderly/facilities")
  List<PublicFacilityMap.Marker> near(
      @Parameter(description = "纬度（WGS84，-90 至 90）") @RequestParam(required = false)
          @Nullable Double lat,
      @Parameter(description = "经度（WGS84，-180 至 180）") @RequestParam(required = false)
          @Nullable Double lon,
      @Parameter(description = "设施类型") @RequestParam(required = false) @Nullable FacilityType type,
      @Parameter(description = "半径（米）") @RequestParam(required = false) @Nullable Double radius) {
    if (lat == null || lat < -90 || lat > 90) {
      throw new InvalidInput("lat", "纬度必须提供，且在 -90 至 90 之间");
    }
    if (lon == null || lon < -180 || lon > 180) {
      throw new InvalidInput("lon", "经度必须提供，且在 -180 至 180 之间");
    }
    double metres =
        radius == null
            ? PublicFacilityMap.DEFAULT_METRES
            : Math.min(Math.max(radius, 100), PublicFacilityMap.MAX_METRES);
    return PublicFacilityMap.markers(
        facilities.within(new GeoPoint(lat, lon), metres, type == null ? List.of() : List.of(type)),
        boundaries,
        regions);
  }

  @Operation(summary = "基本养老服务清单（公开）", description = "某日有效的清单项目（默认今天），按编码排序。")
  @GetMapping("/api/v1/public/elderly/service-list")
  List<ServiceItem> serviceList(
      @Parameter(description = "日期（yyyy-MM-dd），默认今天")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on) {
    return serviceList.validOn(on == null ? ChinaTime.today() : on);
  }
}
