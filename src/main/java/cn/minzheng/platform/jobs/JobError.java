package cn.minzheng.platform.jobs;

import org.jspecify.annotations.Nullable;

/** One kept row error of a run: the row as the user numbers it, the field, the reason. */
record JobError(@Nullable Long row, @Nullable String field, String message) {}
