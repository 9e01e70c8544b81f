package cn.minzheng.calendar;

import java.time.LocalDate;

/**
 * A public holiday was added to the working calendar after the fact (a notice published late, an
 * extra day off). Modules that planned that day, such as marriage appointment slots, close it.
 */
public record PublicHolidayDeclared(LocalDate day, String name) {}
