package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two orders Modulith wrote for the same code on two file systems become one text. */
class ModuleDocumentationTest {

  @Test
  void aCellHoldingOnlyAListBecomesTheSortedListWhereverModulithPutItsBlankLines() {
    String onExt4 =
        """
        |Events listened to
        |

        * `c.m.r.PersonDied` (async)\s
        * `c.m.r.HouseholdChanged` (async) -- Reasons accumulate.
        |===
        """;
    String onTmpfs =
        """
        |Events listened to
        |* `c.m.r.PersonDied` (async)\s
        * `c.m.r.HouseholdChanged` (async) -- Reasons accumulate.


        |===
        """;
    String expected =
        """
        |Events listened to
        |
        * `c.m.r.HouseholdChanged` (async) -- Reasons accumulate.
        * `c.m.r.PersonDied` (async)\s
        |===
        """;

    assertThat(ModuleDocumentation.canonical(onExt4)).isEqualTo(expected);
    assertThat(ModuleDocumentation.canonical(onTmpfs)).isEqualTo(expected);
  }

  @Test
  void listsUnderHeadingsInOneCellAreSortedEachUnderItsHeading() {
    String cell =
        """
        |Spring components
        |_Services_

        * `c.m.r.B`
        * `c.m.r.A`

        _Others_

        * `c.m.r.D`
        * `c.m.r.C`
        |===
        """;

    assertThat(ModuleDocumentation.canonical(cell))
        .isEqualTo(
            """
            |Spring components
            |_Services_

            * `c.m.r.A`
            * `c.m.r.B`

            _Others_

            * `c.m.r.C`
            * `c.m.r.D`
            |===
            """);
  }

  @Test
  void plantUmlRelationsAreSortedAndOtherLinesKeepTheirPlace() {
    String diagram =
        """
        @startuml
        Component(M.Region, "Region")
        Component(M.Payments, "Payments")
        Rel(M.Region, M.Shared, "depends on")
        Rel(M.Payments, M.Shared, "depends on")
        SHOW_LEGEND()
        @enduml
        """;

    assertThat(ModuleDocumentation.canonical(diagram))
        .isEqualTo(
            """
            @startuml
            Component(M.Payments, "Payments")
            Component(M.Region, "Region")
            Rel(M.Payments, M.Shared, "depends on")
            Rel(M.Region, M.Shared, "depends on")
            SHOW_LEGEND()
            @enduml
            """);
  }
}
