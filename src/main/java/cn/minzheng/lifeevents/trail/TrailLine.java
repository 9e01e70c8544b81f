package cn.minzheng.lifeevents.trail;

import cn.minzheng.lifeevents.LifeEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the trail as the page and the API show it. */
public record TrailLine(
    LifeEvent event,
    String eventLabel,
    LocalDate eventDate,
    String module,
    String action,
    String rule,
    Instant recordedAt) {}
