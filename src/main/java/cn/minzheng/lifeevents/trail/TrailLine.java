package cn.minzheng.lifeevents.trail;

import cn.minzheng.lifeevents.LifeEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line of the trail as the page and the API show it.
 *
 * @param recordedAt null for the birth line, read from the registry rather than recorded
 */
public record TrailLine(
    LifeEvent event,
    String eventLabel,
    LocalDate eventDate,
    String module,
    String action,
    String rule,
    @Nullable Instant recordedAt) {}
