package cn.minzheng.registry;

import java.time.LocalDate;

/** A disability rating (category, grade 1-4, certificate date) was recorded or changed. */
public record DisabilityRated(
    long personId, String category, int grade, LocalDate certificateDate) {}
