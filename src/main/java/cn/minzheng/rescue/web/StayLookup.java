package cn.minzheng.rescue.web;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.IntakeRow;
import java.util.List;
import org.springframework.stereotype.Component;

/** A stay found only inside the caller's scope (404 otherwise), for pages and API alike. */
@Component
class StayLookup {

  private final IntakeQueries queries;
  private final StationScope scope;
  private final RegionQuery regions;

  StayLookup(IntakeQueries queries, StationScope scope, RegionQuery regions) {
    this.queries = queries;
    this.scope = scope;
    this.regions = regions;
  }

  IntakeRow inScope(long id) {
    return queries
        .find(id)
        .filter(scope::permits)
        .orElseThrow(() -> new RecordNotFoundException("rescue intake " + id));
  }

  List<IntakeRow> samePerson(IntakeRow stay) {
    return queries.samePerson(stay);
  }

  /** A county's name with its code, the code alone when the county is outside the city's tree. */
  String countyName(String code) {
    if (code == null) {
      return null;
    }
    return regions.find(code).map(RegionNode::name).map(n -> n + "（" + code + "）").orElse(code);
  }
}
