package cn.minzheng.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A node as a region picker offers it: its name, its managing parent and its depth below the city
 * (0 the city, 1 a county-level unit, 2 a street or township, 3 a community or village).
 */
@NamedInterface("security")
public record RegionChoice(
    String code, String name, @Nullable String parentCode, int depth, boolean active) {}
