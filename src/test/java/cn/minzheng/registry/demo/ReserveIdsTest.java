package cn.minzheng.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The id block a bulk load takes: one step, as the application role, registry sequences only. */
@SpringBootTest
@Transactional
class ReserveIdsTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theNextIdAfterABlockOfAThousandIsTheThousandAndFirst() {
    long first = reserve("'registry.household_number_seq'", 1000);
    long next =
        jdbc.sql("select nextval('registry.household_number_seq')").query(Long.class).single();
    assertThat(next).isEqualTo(first + 1000);
  }

  @Test
  void personIdsOfABlockAreNotHandedOutAgain() {
    long first = reserve("pg_get_serial_sequence('registry.person', 'id')", 50);
    long next =
        jdbc.sql("select nextval(pg_get_serial_sequence('registry.person', 'id'))")
            .query(Long.class)
            .single();
    assertThat(next).isEqualTo(first + 50);
  }

  @Test
  void aSequenceOtherThanThoseOfPersonsAndHouseholdsIsRefused() {
    assertThatThrownBy(() -> reserve("pg_get_serial_sequence('registry.person_history', 'id')", 10))
        .hasMessageContaining("not a registry sequence");
  }

  @Test
  void anEmptyBlockIsRefused() {
    assertThatThrownBy(() -> reserve("'registry.household_number_seq'", 0))
        .hasMessageContaining("how_many must be positive");
  }

  private long reserve(String sequence, long count) {
    return jdbc.sql("select registry.reserve_ids(" + sequence + "::regclass, ?)")
        .param(count)
        .query(Long.class)
        .single();
  }
}
