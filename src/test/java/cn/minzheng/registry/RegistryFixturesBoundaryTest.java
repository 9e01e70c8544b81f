package cn.minzheng.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Other modules' tests reach the registry through {@link RegistryFixtures} and its published API
 * only, so that a refactoring inside {@code registry.domain} breaks nothing outside the registry's
 * own tests ({@code ModularityTests} checks production code, not tests).
 */
class RegistryFixturesBoundaryTest {

  @Test
  void otherModulesTestsDoNotUseTheRegistrysInternals() {
    var tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("cn.minzheng");
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.minzheng.registry..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.minzheng.registry.domain..")
        .check(tests);
  }
}
