package cn.minzheng.platform.web;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleAmount;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies get the rules forms get ({@link PlausibleInputFormats}): dates within their field's
 * range, decimals that cannot overflow. A refusal is a {@link Refused} that {@code
 * ApiProblemHandler} turns into a field error with the Chinese message.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleJson {

  @Bean
  JacksonModule plausibleInput() {
    return new SimpleModule("plausible-input")
        .addDeserializer(LocalDate.class, new Dates(Span.ANY))
        .addDeserializer(BigDecimal.class, new Decimals());
  }

  /** Read like Jackson reads them, then checked; a field's annotation narrows the range. */
  static final class Dates extends ValueDeserializer<LocalDate> {

    private final Span span;

    Dates(Span span) {
      this.span = span;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      if (property == null) {
        return this;
      }
      if (property.getAnnotation(PlausibleDate.Happened.class) != null) {
        return new Dates(Span.HAPPENED);
      }
      if (property.getAnnotation(PlausibleDate.Near.class) != null) {
        return new Dates(Span.NEAR);
      }
      return this;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      if (date == null) {
        return null;
      }
      try {
        return PlausibleDate.check(date, span, ChinaTime.today());
      } catch (ImplausibleValueException e) {
        throw new Refused(p, e.getMessage(), date, LocalDate.class);
      }
    }
  }

  static final class Decimals extends ValueDeserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (value == null) {
        return null;
      }
      try {
        return PlausibleAmount.check(value);
      } catch (ImplausibleValueException e) {
        throw new Refused(p, e.getMessage(), value, BigDecimal.class);
      }
    }
  }

  /** A value read from JSON and refused as implausible; its message is the Chinese reason. */
  static final class Refused extends InvalidFormatException {

    private final String reason;

    Refused(JsonParser p, String reason, Object value, Class<?> type) {
      super(p, reason, value, type);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }
}
