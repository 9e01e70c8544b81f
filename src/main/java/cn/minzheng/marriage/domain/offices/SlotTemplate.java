package cn.minzheng.marriage.domain.offices;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One slot of an office's week (REGULAR, on {@code dayOfWeek}) or of its peak-day plan (PEAK,
 * {@code dayOfWeek} null): peak days get more, shorter and time-shifted slots (分时分流错峰登记). Extended
 * weekday hours and Saturday service are simply templates on those days and times.
 */
public record SlotTemplate(
    TemplateKind kind, DayOfWeek dayOfWeek, LocalTime start, LocalTime end, int capacity) {

  public enum TemplateKind {
    REGULAR,
    PEAK
  }

  public static SlotTemplate regular(DayOfWeek day, LocalTime start, LocalTime end, int capacity) {
    return new SlotTemplate(TemplateKind.REGULAR, day, start, end, capacity);
  }

  public static SlotTemplate peak(LocalTime start, LocalTime end, int capacity) {
    return new SlotTemplate(TemplateKind.PEAK, null, start, end, capacity);
  }
}
