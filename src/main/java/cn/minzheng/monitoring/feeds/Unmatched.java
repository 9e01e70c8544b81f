package cn.minzheng.monitoring.feeds;

/** A valid row whose person the registry does not know (masked ID only). */
public record Unmatched(int line, String maskedId) {}
