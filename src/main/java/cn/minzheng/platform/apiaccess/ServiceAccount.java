package cn.minzheng.platform.apiaccess;

import java.time.Instant;
import java.util.Set;

/** Another department's system with API access, as listed on the admin page. */
public record ServiceAccount(
    long id,
    String name,
    String department,
    Set<String> scopes,
    boolean enabled,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt) {}
