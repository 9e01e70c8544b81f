package cn.minzheng.assistance.run;

import java.time.LocalDate;

/**
 * The months already run from {@code firstDay}'s month on must be computed again (a death, a new
 * standard). Handled after the causing transaction has committed, so that the run sees its changes.
 */
public record RecomputeFrom(LocalDate firstDay) {}
