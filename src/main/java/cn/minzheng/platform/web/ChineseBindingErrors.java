package cn.minzheng.platform.web;

import cn.minzheng.shared.PlausibleAmount;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value that cannot be bound to its field (not a date, not a number, an implausible date or a
 * decimal that would overflow: {@link PlausibleAmount}) becomes a field error with a Chinese
 * message, on every page and API handler: the form shows it next to the field, the API lists it in
 * the problem's {@code errors}, instead of the framework's English conversion text or a bare 400.
 */
@ControllerAdvice
class ChineseBindingErrors {

  private static final Processor PROCESSOR = new Processor();

  @InitBinder
  void chineseMessages(WebDataBinder binder) {
    binder.setBindingErrorProcessor(PROCESSOR);
    // An editor, not a formatter: when a formatter refuses, the binder falls back to its default
    // number editor, which would accept 10^20 after all. Editors hold state: one per binder.
    binder.registerCustomEditor(BigDecimal.class, new PlausibleDecimalEditor());
  }

  /** A decimal as a person types it, checked by {@link PlausibleAmount}; empty is no value. */
  static final class PlausibleDecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(text == null || text.isBlank() ? null : PlausibleAmount.parse(text));
    }

    @Override
    public String getAsText() {
      return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
    }
  }

  static final class Processor extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
      String field = ex.getPropertyName();
      Object rejected = ex.getValue();
      if (ObjectUtils.isArray(rejected)) {
        rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
      }
      FieldError error =
          new FieldError(
              result.getObjectName(),
              field,
              rejected,
              true,
              result.resolveMessageCodes(ex.getErrorCode(), field),
              getArgumentsForBindError(result.getObjectName(), field),
              messageOf(ex));
      error.wrap(ex);
      result.addError(error);
    }

    private static String messageOf(PropertyAccessException ex) {
      return InputMessages.of(
          ex, ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null);
    }
  }
}
