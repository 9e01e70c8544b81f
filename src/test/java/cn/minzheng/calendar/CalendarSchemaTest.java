package cn.minzheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar module's table lives in its own schema, moved there from the platform schema. */
@SpringBootTest
class CalendarSchemaTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theCalendarTableIsInSchemaCalendarOnly() {
    var schemas =
        jdbc.sql("select table_schema from information_schema.tables where table_name = ?")
            .param("calendar_day")
            .query(String.class)
            .list();

    assertThat(schemas).containsExactly("calendar");
  }

  @Test
  void theMovedTableKeepsTheStateCouncilDays() {
    // 2026-02-14 is a Saturday worked before 春节 (国办发明电〔2025〕7号), listed by platform V4
    var working =
        jdbc.sql("select working from calendar.calendar_day where day = date '2026-02-14'")
            .query(Boolean.class)
            .single();

    assertThat(working).isTrue();
  }

  @Test
  void platformCreatedTheTableBeforeTheCalendarMovedIt() {
    var platformV4 = installedAt("flyway_schema_history_platform", "4");
    var calendarV1 = installedAt("flyway_schema_history_calendar", "1");

    assertThat(platformV4).isBeforeOrEqualTo(calendarV1);
  }

  private LocalDateTime installedAt(String history, String version) {
    return jdbc.sql("select installed_on from " + history + " where version = ? and success")
        .param(version)
        .query(LocalDateTime.class)
        .single();
  }
}
