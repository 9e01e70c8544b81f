package cn.minzheng.registry.domain.validation;

/** A rejected value: the form field (English property name) and a Chinese message naming it. */
public record FieldError(String field, String message) {}
