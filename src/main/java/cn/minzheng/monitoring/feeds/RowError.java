package cn.minzheng.monitoring.feeds;

/** A row refused by the checks: line as the sender numbers it, field, reason in Chinese. */
public record RowError(int line, String field, String reason) {}
