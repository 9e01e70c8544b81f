package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pivot table: cells, subtotals per group, row totals and the grand total add up. */
class PivotTest {

  record Fact(String area, String category, String programme, String amount) {}

  private static final List<Fact> FACTS =
      List.of(
          new Fact("锦江区", "兜底型", "低保", "1000.50"),
          new Fact("锦江区", "兜底型", "低保", "200.00"), // the same cell twice: added up
          new Fact("锦江区", "扶持型", "低保", "300.00"),
          new Fact("锦江区", "兜底型", "特困", "50.25"),
          new Fact("青羊区", "兜底型", "临时救助", "7.00"));

  @Test
  void groupsLinesAndColumnsAddUpToSubtotalsRowTotalsAndTheGrandTotal() {
    Pivot pivot =
        Pivot.of(
            FACTS, Fact::area, Fact::category, Fact::programme, f -> new BigDecimal(f.amount()));

    assertThat(pivot.columns()).containsExactly("低保", "特困", "临时救助");
    assertThat(pivot.twoLevel()).isTrue();
    Pivot.Group jinjiang = pivot.groups().get(0);
    assertThat(jinjiang.label()).isEqualTo("锦江区");
    assertThat(jinjiang.lines()).extracting(Pivot.Line::label).containsExactly("兜底型", "扶持型");
    assertThat(jinjiang.lines().get(0).cells())
        .containsExactly(dec("1200.50"), dec("50.25"), dec("0"));
    assertThat(jinjiang.lines().get(0).total()).isEqualByComparingTo("1250.75");
    // 1200.50 + 300.00 in 低保, 50.25 in 特困
    assertThat(jinjiang.subtotal()).isNotNull();
    assertThat(jinjiang.subtotal().cells()).containsExactly(dec("1500.50"), dec("50.25"), dec("0"));
    assertThat(jinjiang.subtotal().total()).isEqualByComparingTo("1550.75");
    // a group of one line needs no subtotal
    assertThat(pivot.groups().get(1).subtotal()).isNull();
    assertThat(pivot.total().cells()).containsExactly(dec("1500.50"), dec("50.25"), dec("7.00"));
    assertThat(pivot.total().total()).isEqualByComparingTo("1557.75");
  }

  @Test
  void withoutLinesEachGroupIsOneRow() {
    Pivot pivot = Pivot.of(FACTS, Fact::area, null, Fact::programme, f -> BigDecimal.ONE);
    assertThat(pivot.twoLevel()).isFalse();
    assertThat(pivot.groups()).extracting(Pivot.Group::label).containsExactly("锦江区", "青羊区");
    assertThat(pivot.groups().get(0).lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.label()).isEqualTo("锦江区");
              assertThat(l.cells()).containsExactly(dec("3"), dec("1"), dec("0"));
            });
    assertThat(pivot.total().total()).isEqualByComparingTo("5");
    assertThat(
            Pivot.of(List.<Fact>of(), Fact::area, null, Fact::programme, f -> BigDecimal.ONE)
                .isEmpty())
        .isTrue();
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
