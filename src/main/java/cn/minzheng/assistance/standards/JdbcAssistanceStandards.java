package cn.minzheng.assistance.standards;

import cn.minzheng.assistance.AssistanceStandards;
import cn.minzheng.assistance.StandardInForce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The published standards facade: region → county-level area → version in force on the date. */
@Service
class JdbcAssistanceStandards implements AssistanceStandards {

  private final AreaResolver areas;
  private final StandardStore store;

  JdbcAssistanceStandards(AreaResolver areas, StandardStore store) {
    this.areas = areas;
    this.store = store;
  }

  @Override
  public Optional<BigDecimal> dibaoStandard(String regionCode, LocalDate on) {
    return inForce(regionCode, on).map(StandardInForce::dibaoStandard);
  }

  @Override
  public Optional<BigDecimal> marginalThreshold(String regionCode, LocalDate on) {
    return inForce(regionCode, on).map(StandardInForce::marginalThreshold);
  }

  @Override
  public Optional<StandardInForce> inForce(String regionCode, LocalDate on) {
    return areas.areaOf(regionCode).flatMap(area -> store.inForce(area, on));
  }
}
