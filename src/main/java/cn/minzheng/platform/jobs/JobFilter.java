package cn.minzheng.platform.jobs;

import cn.minzheng.platform.JobState;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the history is narrowed to: the kinds the user may see (one, when the page is a kind's), a
 * state, and the days (Beijing time) the runs started between, both included.
 */
record JobFilter(
    List<String> kinds,
    @Nullable JobState state,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {}
