package cn.minzheng.registry.web;

/** One breadcrumb of the layout: label and link (null for the current page). */
public record Breadcrumb(String label, String path) {}
