package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.cockpit.Residents;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The living residents per region, the base of the comparison per 1,000 residents: counted by the
 * {@link Residents} module (the registry) in one set-based statement at night (and by {@link
 * #refresh()} on demand), read by the pages from the cockpit's own small table with its as-of time.
 */
@Component
public class ResidentCounts {

  private final JdbcClient jdbc;
  private final List<Residents> sources;

  ResidentCounts(JdbcClient jdbc, List<Residents> sources) {
    this.jdbc = jdbc;
    this.sources = sources;
  }

  /**
   * Recounts every region in one transaction: readers see the old counts or the new, never half.
   * Without a module that counts residents, nothing is stored.
   */
  @Transactional
  @Scheduled(cron = "${minzheng.cockpit.residents.cron:0 45 1 * * *}", zone = "Asia/Shanghai")
  public int refresh() {
    List<RegionValue> counted = new ArrayList<>();
    sources.forEach(source -> counted.addAll(source.livingByRegion()));
    jdbc.sql("delete from cockpit.region_residents").update();
    return jdbc.sql(
            """
            insert into cockpit.region_residents (region_code, residents, counted_at)
            select code, sum(residents), now()
              from unnest(cast(:codes as text[]), cast(:residents as bigint[])) as c(code, residents)
             group by code""")
        .param("codes", counted.stream().map(RegionValue::regionCode).toArray(String[]::new))
        .param(
            "residents", counted.stream().map(v -> v.value().longValueExact()).toArray(Long[]::new))
        .update();
  }

  /**
   * The first count after a fresh install, when the application is up (it serves meanwhile: the
   * comparison shows "not yet counted" until then).
   */
  @EventListener(ApplicationReadyEvent.class)
  void countOnceIfNeverCounted() {
    if (jdbc.sql("select not exists (select 1 from cockpit.region_residents)")
        .query(Boolean.class)
        .single()) {
      refresh();
    }
  }

  /** The counts per region code (any level: the caller rolls them up), empty before the first. */
  Counts current() {
    Instant[] countedAt = {null};
    List<RegionValue> rows =
        jdbc.sql("select region_code, residents, counted_at from cockpit.region_residents")
            .query(
                (rs, n) -> {
                  Instant at = rs.getObject(3, OffsetDateTime.class).toInstant();
                  if (countedAt[0] == null || at.isBefore(countedAt[0])) {
                    countedAt[0] = at;
                  }
                  return RegionValue.of(rs.getString(1), rs.getLong(2));
                })
            .list();
    return new Counts(rows, countedAt[0]);
  }

  /** The residents per region and when they were counted (null: never). */
  record Counts(List<RegionValue> values, Instant countedAt) {}
}
