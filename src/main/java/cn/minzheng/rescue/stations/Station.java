package cn.minzheng.rescue.stations;

/** A rescue station (救助管理站) and the region node its staff sit at. */
public record Station(
    long id, String name, String shortCode, String regionCode, String address, boolean active) {}
