package cn.minzheng.registry.domain.household;

import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.domain.history.HistoryEntry;
import java.util.List;

/** A household for the staff detail page: current members, every past membership, changes. */
public record HouseholdDetail(
    HouseholdSummary household, List<MembershipRow> memberships, List<HistoryEntry> history) {}
