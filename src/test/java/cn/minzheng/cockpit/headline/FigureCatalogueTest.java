package cn.minzheng.cockpit.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.Period;
import cn.minzheng.platform.RegionFilter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 尚未接入 list is what the figures leave unclaimed: every row of the brief has a figure today, so
 * the list is checked with a catalogue that lacks some.
 */
class FigureCatalogueTest {

  @Test
  void aBriefRowNoFigureClaimsIsListedAsNotConnectedInTheBriefsOrder() {
    List<Figure> all =
        Arrays.stream(BriefRow.values())
            .filter(
                row ->
                    row != BriefRow.NEW_ELDERLY_FACILITIES
                        && row != BriefRow.INSTITUTION_RELIEF_FUNDS)
            .map(row -> figure(row.name().toLowerCase().replace('_', '-'), row))
            .toList();

    assertThat(new FigureCatalogue(all).notConnected())
        .containsExactly(BriefRow.NEW_ELDERLY_FACILITIES, BriefRow.INSTITUTION_RELIEF_FUNDS);
  }

  @Test
  void twoFiguresWithOneCodeAreRefused() {
    List<Figure> twice =
        List.of(figure("same-code", BriefRow.DIBAO_PAID), figure("same-code", BriefRow.TEKUN_PAID));

    assertThatThrownBy(() -> new FigureCatalogue(twice))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("same-code");
  }

  private static Figure figure(String code, BriefRow row) {
    FigureSpec spec = new FigureSpec(code, code, Measure.COUNT, "个", row, "测试", 1);
    return new Figure() {
      @Override
      public FigureSpec spec() {
        return spec;
      }

      @Override
      public FigureValues values(Period period, RegionFilter regions) {
        return FigureValues.live(List.of());
      }
    };
  }
}
