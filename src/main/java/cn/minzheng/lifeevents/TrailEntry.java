package cn.minzheng.lifeevents;

import java.time.LocalDate;

/**
 * One line of a person's life-event trail: the event, or what a module did because of it.
 *
 * @param module the Chinese name of the module that acted (e.g. 社会救助, 养老服务)
 * @param action what it did, in Chinese ("自 2026-12 起停发高龄津贴")
 * @param rule the rule it applied, with its section of docs/domain-rules.md ("§6.2 死亡次月起停发")
 * @param onceKey the same key twice records one line (a re-delivered event changes nothing)
 */
public record TrailEntry(
    long personId,
    LifeEvent event,
    LocalDate eventDate,
    String module,
    String action,
    String rule,
    String onceKey) {}
