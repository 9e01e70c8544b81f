package cn.minzheng.registry.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The region choices of a form or search: only nodes inside the caller's scope. A city-level user
 * gets districts and streets (communities would make thousands of options); others their whole
 * subtree.
 */
@Component
public class RegionOptions {

  static final String CITY = "510100000000";

  private final DataScope scope;
  private final RegionHierarchy regions;

  RegionOptions(DataScope scope, RegionHierarchy regions) {
    this.scope = scope;
    this.regions = regions;
  }

  List<Option> forCurrentUser() {
    RegionFilter filter = scope.current();
    Set<String> codes =
        filter.unrestricted()
            ? regions.subtreeOf(CITY).stream()
                .filter(c -> c.endsWith("000"))
                .collect(java.util.stream.Collectors.toSet())
            : filter.codes();
    return codes.stream()
        .sorted(Comparator.naturalOrder())
        .map(c -> new Option(c, regions.nameOf(c)))
        .toList();
  }

  public String nameOf(String code) {
    return code == null ? "" : regions.nameOf(code);
  }

  public record Option(String code, String name) {}
}
