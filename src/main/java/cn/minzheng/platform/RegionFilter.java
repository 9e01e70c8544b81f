package cn.minzheng.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A caller's region restriction. {@code unrestricted} for city-level users (no predicate needed);
 * otherwise the codes to bind as a SQL array: {@code where region_code = any(?)}.
 */
@NamedInterface("security")
public record RegionFilter(boolean unrestricted, Set<String> codes) {

  public static RegionFilter all() {
    return new RegionFilter(true, Set.of());
  }

  public static RegionFilter of(Set<String> codes) {
    return new RegionFilter(false, Set.copyOf(codes));
  }

  public boolean permits(String regionCode) {
    return unrestricted || (regionCode != null && codes.contains(regionCode));
  }

  public String[] codesArray() {
    return codes.toArray(String[]::new);
  }
}
