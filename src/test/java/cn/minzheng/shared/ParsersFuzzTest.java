package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.shared.PlausibleDate.Span;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The parsers of what people and other systems send, fuzzed with coverage guidance (Jazzer): for
 * any text each either returns a value that keeps its own rule or refuses with its documented
 * exception, never another exception, never a hang. The normal build replays the inputs kept under
 * {@code src/test/resources/cn/minzheng/shared/ParsersFuzzTestInputs/}; {@code fuzz/run} fuzzes
 * each for a bounded time.
 */
class ParsersFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @FuzzTest(maxDuration = "30s")
  void idNumbers(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    IdCardNo id;
    try {
      id = IdCardNo.parse(raw, TODAY);
    } catch (InvalidIdCardNoException refused) {
      return;
    }
    assertThat(id.value()).hasSize(18);
    assertThat(id.value().charAt(17)).isEqualTo(IdCardNo.checkChar(id.value().substring(0, 17)));
    assertThat(id.birthDate()).isBeforeOrEqualTo(TODAY);
    assertThat(IdCardNo.parse(id.value(), TODAY)).isEqualTo(id);
    assertThat(id.masked()).doesNotContain(id.value().substring(6, 14));
  }

  @FuzzTest(maxDuration = "30s")
  void creditCodes(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    CreditCode code;
    try {
      code = CreditCode.parse(raw);
    } catch (InvalidCreditCodeException refused) {
      return;
    }
    assertThat(code.value()).hasSize(18);
    assertThat(code.checkCharValid()).isTrue();
    assertThat(CreditCode.parse(code.value())).isEqualTo(code);
  }

  @FuzzTest(maxDuration = "30s")
  void datesAndAmounts(FuzzedDataProvider data) {
    Span span = data.pickValue(Span.values());
    String date = data.consumeString(40);
    String amount = data.consumeRemainingAsString();
    try {
      LocalDate parsed = PlausibleDate.parse(date, span, TODAY);
      assertThat(PlausibleDate.problem(parsed, span, TODAY)).isEmpty();
    } catch (ImplausibleValueException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
    try {
      BigDecimal parsed = PlausibleAmount.parse(amount);
      assertThat(PlausibleAmount.problem(parsed)).isEmpty();
    } catch (ImplausibleValueException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void csvCellsNeverStartAFormula(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    String cell = CsvCell.of(value);
    assertThat(cell).startsWith("\"").endsWith("\"");
    String inside = cell.substring(1, cell.length() - 1);
    assertThat(inside.replace("\"\"", "")).doesNotContain("\"");
    boolean plainNumber = value.matches("[+-]?[0-9]+(\\.[0-9]+)?");
    if (!inside.isEmpty() && "=+-@\t\r".indexOf(inside.charAt(0)) >= 0) {
      assertThat(plainNumber).as("only a plain number may start with a sign: %s", value).isTrue();
    }
  }
}
