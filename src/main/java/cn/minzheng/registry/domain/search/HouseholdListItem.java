package cn.minzheng.registry.domain.search;

/** A row of the household list. */
public record HouseholdListItem(
    long id, String number, String regionCode, String address, String headName, int memberCount) {}
