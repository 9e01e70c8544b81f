package cn.minzheng.registry;

import java.time.LocalDate;

/**
 * A person's disability was removed from the registry or their certificate cancelled (残疾人证注销): from
 * the month after {@code effectiveOn} no rating is in force, as a re-rating counts from the month
 * after its certificate date. {@code effectiveOn} may lie in the past (the 残联 cancelled a
 * certificate weeks ago): months already computed are then corrected. Published once per removal.
 *
 * @param category the category removed (registry.DisabilityCategory name)
 * @param grade the grade removed, 1-4
 * @param reason why, as the person will read it (e.g. 残联注销残疾人证)
 */
public record DisabilityRemoved(
    long personId, String category, int grade, LocalDate effectiveOn, String reason) {}
