package cn.minzheng.marriage.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A slot template as the office page posts it. Bound with a {@link BindingResult} so that the
 * handler checks the role first and only then judges the input: a role that may not edit templates
 * gets 403, never a message about the times it sent.
 *
 * @param dayOfWeek empty: a template of the peak-day plan
 */
record SlotTemplateForm(
    @Nullable DayOfWeek dayOfWeek,
    @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime start,
    @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime end,
    @Nullable Integer capacity) {

  static final String INVALID = "请填写开始和结束时间（HH:mm）及容量；结束时间须晚于开始时间，容量须大于0";

  /** Whether the form holds a usable template; false for unreadable, missing or absurd values. */
  boolean usable(BindingResult binding) {
    return !binding.hasErrors()
        && start != null
        && end != null
        && capacity != null
        && end.isAfter(start)
        && capacity > 0;
  }
}
