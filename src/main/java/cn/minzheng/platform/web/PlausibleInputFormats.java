package cn.minzheng.platform.web;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date bound from a form, query or path passes {@link PlausibleDate}: it is read as 年-月-日 and
 * refused outside its field's range ({@code PlausibleDate.Happened}, {@code Near}, or 1900–2100);
 * decimals get the same from {@link ChineseBindingErrors}' editor. The refusal ({@code
 * ImplausibleValueException}) carries its Chinese message into the field error ({@link
 * ChineseBindingErrors}). JSON bodies get the same rules from {@link PlausibleJson}.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleInputFormats implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatter(new DateFormat(Span.ANY));
    registry.addFormatterForFieldAnnotation(new HappenedDates());
    registry.addFormatterForFieldAnnotation(new NearDates());
  }

  /** 年-月-日 as the browser's date input sends it, checked against the span. */
  record DateFormat(Span span) implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
      return PlausibleDate.parse(text, span, ChinaTime.today());
    }

    @Override
    public String print(LocalDate date, Locale locale) {
      return date.toString();
    }
  }

  /**
   * The span a field's annotation asks for. One concrete class per annotation: the registry finds
   * the annotation type from the class's type argument.
   */
  abstract static class DateSpan<A extends Annotation> implements AnnotationFormatterFactory<A> {

    private final Span span;

    DateSpan(Span span) {
      this.span = span;
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
      return Set.of(LocalDate.class);
    }

    @Override
    public Printer<?> getPrinter(A annotation, Class<?> fieldType) {
      return new DateFormat(span);
    }

    @Override
    public Parser<?> getParser(A annotation, Class<?> fieldType) {
      return new DateFormat(span);
    }
  }

  static final class HappenedDates extends DateSpan<PlausibleDate.Happened> {
    HappenedDates() {
      super(Span.HAPPENED);
    }
  }

  static final class NearDates extends DateSpan<PlausibleDate.Near> {
    NearDates() {
      super(Span.NEAR);
    }
  }
}
