package cn.minzheng.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes the label dictionary {@code #labels} in every template, error pages and fragments included,
 * without a model attribute (bean references are forbidden in some of Thymeleaf's contexts).
 */
@Component
class LabelsDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final Labels labels;

  LabelsDialect(Labels labels) {
    super("labels");
    this.labels = labels;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("labels");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return labels;
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }
}
