package cn.minzheng.cockpit;

import java.util.Objects;

/**
 * What a figure is: {@code code} unique and stable (API, links, Excel), a Chinese {@code label},
 * the {@code unit} shown after the value (人, 人次, 元, 户, 对, 张 ...), the brief's row it answers and
 * the module that counts it (its Chinese name). {@code order} sorts figures of the same row.
 */
public record FigureSpec(
    String code,
    String label,
    Measure measure,
    String unit,
    BriefRow briefRow,
    String module,
    int order) {

  public FigureSpec {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(briefRow, "briefRow");
    if (code == null || !code.matches("[a-z][a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("figure code must be lower-case words with dashes");
    }
  }
}
