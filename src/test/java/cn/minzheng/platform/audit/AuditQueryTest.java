package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.AuditLog.Outcome;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

  @Test
  void fallsBackToIdDescendingAndTheSmallestPageSizeForUnknownChoices() {
    var query =
        new AuditQuery(null, null, null, null, null, null, null, "hash;drop", "sideways", -3, 7);
    assertThat(query.sortColumn()).isEqualTo("id");
    assertThat(query.dir()).isEqualTo("desc");
    assertThat(query.page()).isZero();
    assertThat(query.size()).isEqualTo(20);
  }

  @Test
  void mapsWhitelistedSortKeysToTheirColumns() {
    var query =
        new AuditQuery(null, null, null, null, null, null, null, "occurredAt", "asc", 2, 50);
    assertThat(query.sortColumn()).isEqualTo("occurred_at");
    assertThat(query.dir()).isEqualTo("asc");
    assertThat(query.size()).isEqualTo(50);
  }

  @Test
  void describesOnlyTheFiltersThatWereSet() {
    var query =
        new AuditQuery(null, null, " li ", "", null, null, Outcome.DENIED, null, null, null, null);
    assertThat(query.describe()).isEqualTo("actor=li outcome=DENIED sort=id desc page=0 size=20");
  }

  @Test
  void treatsLikeWildcardsInTheActionFilterLiterally() {
    assertThat(AuditSearch.likePrefix("login_%")).isEqualTo("login\\_\\%%");
  }
}
