package cn.minzheng.registry;

/** A person was added to the registry. */
public record PersonRegistered(long personId, String regionCode) {}
