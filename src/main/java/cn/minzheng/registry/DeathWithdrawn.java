package cn.minzheng.registry;

import java.time.LocalDate;

/**
 * A death recorded in error was withdrawn by an approver: the person is alive again. Every module
 * that reacted to {@link PersonDied} restores what it stopped (with arrears for months already
 * paid). Published once per withdrawal.
 *
 * @param dateOfDeath the date of the death that was withdrawn
 */
public record DeathWithdrawn(
    long personId, LocalDate dateOfDeath, String regionCode, String reason) {}
