package cn.minzheng.cockpit;

import java.math.BigDecimal;

/**
 * One person, case or object behind a figure, as the drill-down's list shows it: a reference the
 * owning module recognises (case number, certificate number, person id), a name, the region, a date
 * or month, what it is, and its share of the figure ({@code value}: money, person-times ...).
 */
public record FigureRecord(
    String reference,
    String name,
    String regionCode,
    String when,
    String detail,
    BigDecimal value) {}
