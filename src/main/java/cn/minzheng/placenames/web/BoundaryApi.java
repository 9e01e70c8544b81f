package cn.minzheng.placenames.web;

import cn.minzheng.placenames.Boundaries;
import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.placenames.boundary.BoundaryStore;
import cn.minzheng.placenames.boundary.BoundaryViolation;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boundary API: the simplified base layer of the maps (GeoJSON per level and zoom, cached), the
 * findings of the check, a region's boundary periods and point-in-polygon lookup. Any staff.
 */
@RestController
@RequestMapping("/api/v1/placenames")
class BoundaryApi {

  private final BoundaryService boundaries;
  private final RegionQuery regions;
  private final DataScope scope;
  private final PlacenamesRoles roles;

  BoundaryApi(
      BoundaryService boundaries, RegionQuery regions, DataScope scope, PlacenamesRoles roles) {
    this.boundaries = boundaries;
    this.regions = regions;
    this.scope = scope;
    this.roles = roles;
  }

  /**
   * The base layer of the staff maps: the boundaries of the level inside the caller's data scope
   * only (a district's map draws its own streets, never its neighbours'); the public layer is the
   * whole city.
   */
  @Operation(summary = "行政区域界线图层（GeoJSON）")
  @GetMapping("/boundaries")
  ResponseEntity<String> layer(
      @RequestParam(defaultValue = "COUNTY") String level,
      @RequestParam(defaultValue = "10") int zoom) {
    roles.requireStaff();
    RegionFilter filter = scope.current();
    return ResponseEntity.ok()
        .contentType(BoundaryPages.GEO_JSON)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
        .body(boundaries.layer(BaseLayer.level(level), zoom, filter));
  }

  @Operation(summary = "检查界线的重叠与缝隙")
  @GetMapping("/boundaries/check")
  List<BoundaryViolation> check() {
    roles.requireStaff();
    return boundaries.check(ChinaTime.today());
  }

  @Operation(summary = "读取区域界线的沿革")
  @GetMapping("/boundaries/{code}/history")
  List<BoundaryStore.Period> history(@PathVariable String code) {
    roles.requireStaff();
    regions.find(code).orElseThrow(() -> new RecordNotFoundException("region node"));
    scope.requireInScope(code);
    return boundaries.history(code);
  }

  /**
   * A point inside the region's boundary in force, where maps put its marker; 404 without a
   * boundary. Boundaries are every staff member's to read (the base layer is public).
   */
  @Operation(summary = "区域内的一个代表点")
  @GetMapping("/boundaries/{code}/point")
  Boundaries.LatLon point(@PathVariable String code) {
    roles.requireStaff();
    return boundaries.pointIn(code).orElseThrow(() -> new RecordNotFoundException("boundary"));
  }

  /** The regions a point lies in, city to community, by the boundaries in force today. */
  @Operation(summary = "按坐标查询所在的行政区域")
  @GetMapping("/locate")
  List<Located> locate(
      @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon) {
    roles.requireStaff();
    if (lat == null || lat < -90 || lat > 90) {
      throw new InvalidInput("lat", "纬度须在-90至90之间");
    }
    if (lon == null || lon < -180 || lon > 180) {
      throw new InvalidInput("lon", "经度须在-180至180之间");
    }
    List<Located> found = new ArrayList<>();
    for (RegionLevel level : RegionLevel.values()) {
      boundaries
          .regionAt(level, lat, lon)
          .flatMap(regions::find)
          .ifPresent(n -> found.add(Located.of(n)));
    }
    return found;
  }

  /** A region a point lies in. */
  record Located(String code, String name, RegionLevel level) {
    static Located of(RegionNode node) {
      return new Located(node.code(), node.name(), node.level());
    }
  }

  /** The GeoJSON layer answer shared by the staff API and the public maps. */
  static final class BaseLayer {
    private BaseLayer() {}

    static ResponseEntity<String> answer(BoundaryService boundaries, String level, int zoom) {
      return ResponseEntity.ok()
          .contentType(BoundaryPages.GEO_JSON)
          .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
          .body(boundaries.layer(level(level), zoom));
    }

    static RegionLevel level(String level) {
      try {
        return RegionLevel.valueOf(level);
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("level", "层级须为CITY、COUNTY、STREET或COMMUNITY");
      }
    }
  }
}
