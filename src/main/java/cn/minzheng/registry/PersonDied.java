package cn.minzheng.registry;

import java.time.LocalDate;

/** A death was recorded for a person. Published once per person, however often it is reported. */
public record PersonDied(long personId, LocalDate dateOfDeath, String regionCode) {}
