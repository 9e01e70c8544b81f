package cn.minzheng.assistance.standards;

import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resolves any region code to the county-level area whose standard applies. Follows the managing
 * parent, not the statutory code: a street of 成都东部新区 keeps a 简阳 (510185) code but is managed by the
 * zone and gets the zone's standard.
 */
@Component
public class AreaResolver {

  private final RegionQuery regions;

  AreaResolver(RegionQuery regions) {
    this.regions = regions;
  }

  public Optional<String> areaOf(String regionCode) {
    if (regionCode == null || !regionCode.matches("[0-9]{12}")) {
      return Optional.empty();
    }
    return regions.path(regionCode).stream()
        .filter(n -> n.level() == RegionLevel.COUNTY)
        .map(RegionNode::code)
        .findFirst();
  }

  /** The street (街道/乡镇) above or at a code, for the township level of the workflow. */
  public Optional<String> streetOf(String regionCode) {
    return regions.path(regionCode).stream()
        .filter(n -> n.level() == RegionLevel.STREET)
        .map(RegionNode::code)
        .findFirst();
  }

  public String nameOf(String regionCode) {
    return regions.find(regionCode).map(RegionNode::name).orElse(regionCode);
  }
}
