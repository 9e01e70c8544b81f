package cn.minzheng.registry.demo;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The demo population as a stream of households: first the fixed anchors, then generated households
 * until the population is reached. Nothing but the current household and the ID counters is held,
 * so 21 million persons stream like 210,000. Each household draws from its own random generator
 * (seed and household number), so the data are the same on every run.
 */
public final class DemoPopulation {

  private final DemoSettings settings;
  private final List<DemoCommunity> communities;

  public DemoPopulation(DemoSettings settings, List<DemoCommunity> communities) {
    this.settings = settings;
    this.communities = List.copyOf(communities);
  }

  public DemoSettings settings() {
    return settings;
  }

  /** A fresh stream from the start; each call generates the same households again. */
  public Stream<DemoHousehold> households() {
    Iterator<DemoHousehold> iterator = new HouseholdIterator();
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /** The persons of {@link #households()}, in the same order. */
  public Stream<DemoPerson> persons() {
    return households().flatMap(household -> household.members().stream());
  }

  private final class HouseholdIterator implements Iterator<DemoHousehold> {

    private final List<DemoHousehold> anchors = DemoAnchors.households();
    private final HouseholdGenerator generator =
        new HouseholdGenerator(settings, new CommunityPicker(communities));
    private int anchorIndex;
    private long householdNo;
    private long personsSoFar;
    private long generatedNo;

    @Override
    public boolean hasNext() {
      return personsSoFar < settings.population();
    }

    @Override
    public DemoHousehold next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      householdNo++;
      DemoHousehold household =
          anchorIndex < anchors.size()
              ? anchors.get(anchorIndex++)
              : generator.generate(
                  ++generatedNo,
                  householdNo,
                  personsSoFar + 1,
                  (int) Math.min(6, settings.population() - personsSoFar));
      personsSoFar += household.members().size();
      return household;
    }
  }
}
