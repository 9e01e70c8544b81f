package cn.minzheng.elderly.institution;

import java.time.LocalDate;

/** An institution as the pages show it. */
public record Institution(
    long id,
    String name,
    String creditCode,
    String address,
    String regionCode,
    String legalRepresentative,
    String premises,
    String contactPhone,
    int totalBeds,
    int nursingBeds,
    int occupiedBeds,
    LocalDate admittedOn,
    LocalDate submittedOn,
    boolean late,
    String status,
    String receiptNumber,
    LocalDate filedOn,
    String materialsNote,
    Integer rating,
    boolean filedOnline) {

  public String statusLabel() {
    return switch (status) {
      case "SUBMITTED" -> "待审核";
      case "MORE_MATERIALS" -> "需补充材料";
      case "FILED" -> "已备案";
      default -> "已注销";
    };
  }
}
