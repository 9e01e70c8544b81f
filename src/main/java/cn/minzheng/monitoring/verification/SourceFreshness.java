package cn.minzheng.monitoring.verification;

import cn.minzheng.monitoring.feeds.FeedType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds arrive by push, so "a source is down" means it has not delivered lately: a verification
 * source without a batch in the last {@code source-max-age-days} (default 45) makes the report
 * incomplete, since its silence cannot be read as "nothing to report".
 */
@Component
class SourceFreshness {

  static final Set<FeedType> SOURCES =
      EnumSet.of(
          FeedType.PENSION_EMPLOYMENT,
          FeedType.TAX_INCOME,
          FeedType.PROPERTY,
          FeedType.VEHICLE,
          FeedType.HOUSING_FUND,
          FeedType.BUSINESS,
          FeedType.DEPOSITS);

  private final JdbcClient jdbc;
  private final int maxAgeDays;

  SourceFreshness(
      JdbcClient jdbc,
      @Value("${minzheng.monitoring.verification.source-max-age-days:45}") int maxAgeDays) {
    this.jdbc = jdbc;
    this.maxAgeDays = maxAgeDays;
  }

  /** The sources that have not delivered within the allowed age, in schema order. */
  List<FeedType> silent() {
    Set<String> fresh =
        Set.copyOf(
            jdbc.sql(
                    "select distinct feed_type from monitoring.feed_batch where state = 'DONE'"
                        + " and received_at > now() - make_interval(days => ?)")
                .param(maxAgeDays)
                .query(String.class)
                .list());
    return SOURCES.stream().filter(t -> !fresh.contains(t.name())).toList();
  }
}
