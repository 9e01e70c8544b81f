package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageQueryTest {

  static final Set<String> SORTS = Set.of("username", "region_code");

  @Test
  void replacesASortFieldOutsideTheWhitelistWithTheDefault() {
    PageQuery query = PageQuery.of(1, 20, "username; drop table x", "asc", SORTS, "username");
    assertThat(query.orderBy()).isEqualTo("username asc");
  }

  @Test
  void acceptsOnlyWhitelistedPageSizes() {
    assertThat(PageQuery.of(1, 37, null, null, SORTS, "username").size()).isEqualTo(20);
    assertThat(PageQuery.of(1, 100, null, null, SORTS, "username").size()).isEqualTo(100);
    assertThatThrownBy(() -> new PageQuery(1, 1000, "username", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void computesOffsetAndDirection() {
    PageQuery query = PageQuery.of(3, 50, "region_code", "DESC", SORTS, "username");
    assertThat(query.offset()).isEqualTo(100);
    assertThat(query.orderBy()).isEqualTo("region_code desc");
    assertThat(PageQuery.of(0, null, null, null, SORTS, "username").page()).isEqualTo(1);
  }

  @Test
  void pageResultCountsPagesAndNearbyNumbers() {
    PageResult<String> result =
        new PageResult<>(List.of("a"), new PageQuery(5, 10, "username", true), 101);
    assertThat(result.totalPages()).isEqualTo(11);
    assertThat(result.nearbyPages()).containsExactly(3, 4, 5, 6, 7);
    assertThat(result.hasNext()).isTrue();
    assertThat(new PageResult<>(List.of(), PageQuery.first("username"), 0).totalPages())
        .isEqualTo(1);
  }
}
