package cn.minzheng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void theCityByDefault() {
    BenchOptions options = BenchOptions.parse(new String[0]);
    assertThat(options.persons()).isEqualTo(21_000_000);
    assertThat(options.rushRates()).isEqualTo("250,500,1000,1500,2000");
    assertThat(options.rushStepSeconds()).isEqualTo(60);
    assertThat(options.runs("lookup-http")).isTrue();
  }

  @Test
  void quickModeShrinksEverySizeAndLaterOptionsStillCount() {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {"--persons", "50000", "--quick", "--only", "booking-rush-open"});
    assertThat(options.persons()).as("given explicitly").isEqualTo(50_000);
    assertThat(options.rushRates()).isEqualTo("25,50,100");
    assertThat(options.rushStepSeconds()).isEqualTo(5);
    assertThat(options.floorSeconds()).isEqualTo(3);
    assertThat(options.rushBookings()).isEqualTo(300);
    assertThat(options.runs("booking-rush-open")).isTrue();
    assertThat(options.runs("lookup-http")).isFalse();
  }
}
