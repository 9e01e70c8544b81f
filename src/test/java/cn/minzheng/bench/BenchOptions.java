package cn.minzheng.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Command-line options of {@code bench/run}; sizes default to the city's scale (the issue). */
public record BenchOptions(
    long persons,
    long entitlements,
    int lookups,
    boolean keep,
    Set<String> only,
    int rushBookings,
    long feedRows,
    String rushRates,
    int rushStepSeconds,
    int floorSeconds,
    int carePupils,
    int careSchools) {

  /** The open loop's rates in {@code --quick} mode. */
  static final String QUICK_RATES = "25,50,100";

  static BenchOptions parse(String[] args) {
    long persons = 21_000_000;
    long entitlements = 1_000_000;
    int lookups = 20_000;
    boolean keep = false;
    Set<String> only = new HashSet<>();
    int rushBookings = 3_000;
    long feedRows = 1_000_000;
    String rushRates = OpenLoopPlan.DEFAULT_RATES;
    int rushStepSeconds = 60;
    int floorSeconds = 20;
    int carePupils = 345_000;
    int careSchools = 240;
    if (Arrays.asList(args).contains("--quick")) {
      // every benchmark, the same table, in a few minutes on a shared machine: whether the run
      // works and where the ratios lie, not the city's figures (options given with it still count)
      persons = 20_000;
      entitlements = 10_000;
      lookups = 1_000;
      rushBookings = 300;
      feedRows = 20_000;
      rushRates = QUICK_RATES;
      rushStepSeconds = 5;
      floorSeconds = 3;
      carePupils = 3_450;
      careSchools = 10;
    }
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {}
        case "--persons" -> persons = Long.parseLong(args[++i].replace("_", ""));
        case "--entitlements" -> entitlements = Long.parseLong(args[++i].replace("_", ""));
        case "--lookups" -> lookups = Integer.parseInt(args[++i]);
        case "--keep" -> keep = true;
        case "--rush-bookings" -> rushBookings = Integer.parseInt(args[++i].replace("_", ""));
        case "--feed-rows" -> feedRows = Long.parseLong(args[++i].replace("_", ""));
        case "--rush-rates" -> rushRates = args[++i];
        case "--rush-step-seconds" -> rushStepSeconds = Integer.parseInt(args[++i]);
        case "--floor-seconds" -> floorSeconds = Integer.parseInt(args[++i]);
        case "--care-pupils" -> carePupils = Integer.parseInt(args[++i].replace("_", ""));
        case "--care-schools" -> careSchools = Integer.parseInt(args[++i]);
        case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new BenchOptions(
        persons,
        entitlements,
        lookups,
        keep,
        Set.copyOf(only),
        rushBookings,
        feedRows,
        rushRates,
        rushStepSeconds,
        floorSeconds,
        carePupils,
        careSchools);
  }

  boolean runs(String benchmark) {
    return only.isEmpty() || only.contains(benchmark);
  }
}
