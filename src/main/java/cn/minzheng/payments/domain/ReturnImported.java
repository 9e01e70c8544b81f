package cn.minzheng.payments.domain;

/** Outcome of a return file import; {@code duplicate}: the same file came before, nothing done. */
public record ReturnImported(boolean duplicate, int paid, int failed, boolean reconciled) {}
