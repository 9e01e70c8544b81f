package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void splitsTheStatisticalCodeIntoItsLevels() {
    assertThat(RegionCode.of("510104000000").isCountyLevel()).isTrue();
    assertThat(RegionCode.of("510104001000").isStreetLevel()).isTrue();
    RegionCode community = RegionCode.of(" 510104001001 ");
    assertThat(community.isCountyLevel()).isFalse();
    assertThat(community.isStreetLevel()).isFalse();
    assertThat(community.countyPart()).isEqualTo("510104");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"51010400100", "5101040010011", "51010400100A", "５１０１０４００１００１"})
  void refusesCodesThatAreNotTwelveDigits(String code) {
    assertThat(RegionCode.isWellFormed(code)).isFalse();
    assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(IllegalArgumentException.class);
  }
}
