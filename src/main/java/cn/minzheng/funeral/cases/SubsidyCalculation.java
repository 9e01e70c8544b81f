package cn.minzheng.funeral.cases;

import cn.minzheng.funeral.config.BeneficiaryGroup;
import cn.minzheng.funeral.config.ServiceItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The subsidy of one death from the funeral home's records and the rules in force on the day of
 * death (domain-rules §8):
 *
 * <ul>
 *   <li>each basic service (接运, 冷藏, 火化, 骨灰寄存) is paid as charged, up to the cap of the deceased's
 *       group for that item (no cap configured: nothing);
 *   <li>an ecological burial earns its fixed subsidy, once per death (several eco records: the
 *       highest subsidy);
 *   <li>other services are the family's own.
 * </ul>
 */
public final class SubsidyCalculation {

  private SubsidyCalculation() {}

  /** One service as charged. */
  public record Charge(ServiceItem item, BigDecimal charged) {}

  /** One line of the result, as shown on the case and written into the basis. */
  public record Line(ServiceItem item, BigDecimal charged, BigDecimal limit, BigDecimal subsidy) {}

  public record Result(List<Line> lines, BigDecimal total, String basis) {}

  public static Result compute(
      BeneficiaryGroup group,
      List<Charge> charges,
      Map<ServiceItem, BigDecimal> caps,
      Map<ServiceItem, BigDecimal> ecoAmounts) {
    Map<ServiceItem, BigDecimal> charged = new EnumMap<>(ServiceItem.class);
    for (Charge c : charges) {
      charged.merge(c.item(), c.charged(), BigDecimal::add);
    }
    List<Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<ServiceItem, BigDecimal> e : charged.entrySet()) {
      ServiceItem item = e.getKey();
      if (!item.basic()) {
        continue;
      }
      BigDecimal cap = caps.getOrDefault(item, BigDecimal.ZERO);
      BigDecimal subsidy = e.getValue().min(cap);
      lines.add(new Line(item, e.getValue(), cap, subsidy));
      total = total.add(subsidy);
    }
    ServiceItem bestEco = null;
    for (ServiceItem item : charged.keySet()) {
      if (item.eco()
          && (bestEco == null
              || ecoAmounts
                      .getOrDefault(item, BigDecimal.ZERO)
                      .compareTo(ecoAmounts.getOrDefault(bestEco, BigDecimal.ZERO))
                  > 0)) {
        bestEco = item;
      }
    }
    if (bestEco != null) {
      BigDecimal eco = ecoAmounts.getOrDefault(bestEco, BigDecimal.ZERO);
      lines.add(new Line(bestEco, charged.get(bestEco), eco, eco));
      total = total.add(eco);
    }
    total = total.setScale(2, java.math.RoundingMode.UNNECESSARY);
    StringBuilder basis = new StringBuilder("{\"rule\":\"惠民殡葬补贴\",\"group\":\"");
    basis.append(group.name()).append("\",\"lines\":[");
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      basis
          .append(i == 0 ? "" : ",")
          .append("{\"item\":\"")
          .append(l.item().name())
          .append("\",\"charged\":")
          .append(l.charged().toPlainString())
          .append(",\"limit\":")
          .append(l.limit().toPlainString())
          .append(",\"subsidy\":")
          .append(l.subsidy().toPlainString())
          .append('}');
    }
    basis.append("],\"total\":").append(total.toPlainString()).append('}');
    return new Result(List.copyOf(lines), total, basis.toString());
  }
}
