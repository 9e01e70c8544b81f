package cn.minzheng.registry;

import java.time.LocalDate;

/**
 * A report of a death.
 *
 * @param source who reported it, e.g. {@code HEALTH_DEPARTMENT}, {@code STAFF}
 * @param certificateNumber number of the medical death certificate, if known
 * @param reason free text given by staff, if any
 */
public record DeathReport(
    LocalDate dateOfDeath, String source, String certificateNumber, String reason) {}
