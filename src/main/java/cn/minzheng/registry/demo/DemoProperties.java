package cn.minzheng.registry.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code minzheng.demo.*}: whether the demo data are loaded on first start, how many persons (1% of
 * Chengdu by default; 21,000,000 for the full-city benchmark) and the seed.
 */
@ConfigurationProperties("minzheng.demo")
public record DemoProperties(Boolean enabled, Long population, Long seed) {

  public DemoProperties {
    enabled = enabled != null && enabled;
    population = population == null ? 210_000L : population;
    seed = seed == null ? DemoSettings.DEFAULT_SEED : seed;
  }

  public DemoSettings settings() {
    return new DemoSettings(seed, population, DemoSettings.DEFAULT_REFERENCE_DATE);
  }
}
