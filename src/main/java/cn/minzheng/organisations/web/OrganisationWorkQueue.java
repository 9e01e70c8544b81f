package cn.minzheng.organisations.web;

import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the organisations module: applications waiting for a decision of the user's own
 * registration authority (a city-level application is the city's, a district-level one the
 * district's, a community organisation's filing the street's: {@link RegistrationLevel#decider()}),
 * annual reports waiting for review, zombie candidates to confirm.
 */
@Component
class OrganisationWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  OrganisationWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (user.roles().stream().noneMatch(OrganisationAccess.READ::contains)) {
      return List.of();
    }
    RegionFilter scope = dataScope.of(user);
    boolean bureau = user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains);
    return Stream.of(
            PendingWork.in(jdbc, scope)
                .rows(
                    "organisations.application",
                    "status = 'SUBMITTED' and registration_level = any(?)",
                    (Object) decidedLevels(user))
                .overdueWhen("submitted_on < current_date - 30")
                .card("organisations.application", "社会组织登记申请待决定", ApplicationPages.PATH),
            bureau
                ? PendingWork.in(jdbc, scope)
                    .rows("organisations.annual_report", "result is null")
                    .card(
                        "organisations.report",
                        "社会组织年度报告待审查",
                        ReportPages.PATH + "?unreviewed=true")
                : Optional.<WorkQueueEntry>empty(),
            bureau
                ? PendingWork.in(jdbc, scope)
                    .rows("organisations.zombie_candidate", "status = 'PROPOSED'")
                    .card("organisations.zombie", "僵尸型社会组织待确认", CreditPages.ZOMBIES)
                : Optional.<WorkQueueEntry>empty())
        .flatMap(Optional::stream)
        .toList();
  }

  /** The registration levels whose applications the user's roles decide. */
  private static String[] decidedLevels(StaffUser user) {
    return Arrays.stream(RegistrationLevel.values())
        .filter(level -> user.has(level.decider()))
        .map(RegistrationLevel::name)
        .toArray(String[]::new);
  }
}
