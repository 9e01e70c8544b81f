package cn.minzheng.registry;

import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * Bounded samples of living persons by sex, marital status and age, for other modules' demo data
 * (e.g. past marriage registrations whose spouses must be unmarried). Read only; not filtered by
 * data scope, so never to be shown to staff as a list.
 */
public interface PersonSampling {

  /**
   * Ids of living persons of the sex and marital status aged {@code minAge} to {@code maxAge} on
   * {@code on}, at most {@code limit}, in id order from {@code afterId} (exclusive).
   */
  List<Long> sample(
      Sex sex, MaritalStatus status, int minAge, int maxAge, LocalDate on, long afterId, int limit);
}
