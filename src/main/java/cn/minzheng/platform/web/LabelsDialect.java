package cn.minzheng.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes the label dictionary {@code #labels} and the region picker's options {@code #regionPicker}
 * and the statistics pages' periods {@code #periods} in every template, error pages and fragments
 * included, without a model attribute (bean references are forbidden in some of Thymeleaf's
 * contexts).
 */
@Component
class LabelsDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final Labels labels;
  private final RegionPicker regionPicker;
  private final StatisticsPeriods periods;

  LabelsDialect(Labels labels, RegionPicker regionPicker, StatisticsPeriods periods) {
    super("labels");
    this.labels = labels;
    this.regionPicker = regionPicker;
    this.periods = periods;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("labels", "regionPicker", "periods");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return switch (name) {
          case "regionPicker" -> regionPicker;
          case "periods" -> periods;
          default -> labels;
        };
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }
}
