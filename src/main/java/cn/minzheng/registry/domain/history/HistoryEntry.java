package cn.minzheng.registry.domain.history;

import java.time.Instant;
import java.util.List;

/** One change of a person or household; sensitive values appear masked. */
public record HistoryEntry(
    Instant changedAt, String changedBy, String kind, List<FieldChange> changes, String reason) {

  public record FieldChange(String field, String before, String after) {}
}
