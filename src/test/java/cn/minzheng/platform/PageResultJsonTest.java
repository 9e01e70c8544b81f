package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API list answers in one paging style (docs/architecture.md): {@code items, page, size,
 * total, totalPages}, pages counted from 1, and nothing of the server's query or pager.
 */
class PageResultJsonTest {

  @Test
  void aPageAnswersItsItemsPageSizeTotalAndPageCountOnly() {
    // 45 rows in pages of 20: the third page holds the last 5
    PageResult<String> third =
        new PageResult<>(List.of("a", "b", "c", "d", "e"), new PageQuery(3, 20, "name", true), 45);

    JsonNode json = JsonMapper.builder().build().valueToTree(third);

    assertThat(json.propertyNames())
        .containsExactlyInAnyOrder("items", "page", "size", "total", "totalPages");
    assertThat(json.get("page").asInt()).isEqualTo(3);
    assertThat(json.get("size").asInt()).isEqualTo(20);
    assertThat(json.get("total").asLong()).isEqualTo(45);
    assertThat(json.get("totalPages").asInt()).isEqualTo(3);
    assertThat(json.get("items")).hasSize(5);
  }
}
