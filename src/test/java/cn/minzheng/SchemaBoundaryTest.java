package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No foreign key crosses module schemas (architecture.md): a module refers to another's rows by id
 * only, so that each schema can change, move or be split out on its own. Checked in the migrated
 * database, where a constraint cannot hide in a comment or a dynamic statement.
 */
@SpringBootTest
class SchemaBoundaryTest {

  @Autowired JdbcClient jdbc;

  @Test
  void noForeignKeyReferencesATableOfAnotherSchema() {
    var crossing =
        jdbc.sql(
                """
                select c.conrelid::regclass || ' -> ' || c.confrelid::regclass
                  from pg_constraint c
                  join pg_class t on t.oid = c.conrelid
                  join pg_class r on r.oid = c.confrelid
                 where c.contype = 'f' and t.relnamespace <> r.relnamespace""")
            .query(String.class)
            .list();
    var foreignKeys =
        jdbc.sql("select count(*) from pg_constraint where contype = 'f'")
            .query(Long.class)
            .single();

    assertThat(crossing).isEmpty();
    // the query sees the schema's foreign keys (booking.slot -> booking.resource,
    // marriage.appointment -> marriage.office and others)
    assertThat(foreignKeys).isGreaterThan(20);
  }
}
