package cn.minzheng.children.care;

import java.util.Optional;

/**
 * The screening types of the care programme, each with its column of the import file and of {@code
 * children.screening_pupil} (a constant: safe to splice into SQL).
 */
public enum ScreeningType {
  MYOPIA("近视", "myopia"),
  CARIES("龋齿", "caries"),
  MENTAL("心理健康", "mental"),
  SCOLIOSIS("脊柱侧弯", "scoliosis");

  private final String label;
  private final String column;

  ScreeningType(String label, String column) {
    this.label = label;
    this.column = column;
  }

  public String label() {
    return label;
  }

  String column() {
    return column;
  }

  public static Optional<ScreeningType> of(String code) {
    for (ScreeningType t : values()) {
      if (t.name().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
