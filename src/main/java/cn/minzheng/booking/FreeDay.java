package cn.minzheng.booking;

import java.time.LocalDate;

/** A day with open slots of one resource: its free seats and whether any slot is a peak slot. */
public record FreeDay(LocalDate day, long free, boolean peak) {}
