package cn.minzheng.registry.domain;

import cn.minzheng.registry.HouseholdSummary;
import java.util.List;

/** A household for the staff detail page: current members, every past membership, changes. */
public record HouseholdDetail(
    HouseholdSummary household, List<MembershipRow> memberships, List<HistoryEntry> history) {}
