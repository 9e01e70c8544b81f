package cn.minzheng.organisations.credit;

import cn.minzheng.organisations.credit.ListTrigger.CreditList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The daily file for the national credit platform (信用中国): one JSON object per line for every
 * listing and removal decided on the day, ordered by decision number (docs/organisations-credit-
 * export.md). Built only from what the decisions recorded (the organisation's name and code as at
 * the listing), so a re-run for the same day gives the same bytes.
 */
@Service
public class CreditExport {

  private final JdbcClient jdbc;

  CreditExport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static String fileName(LocalDate day) {
    return "organisations-credit-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".jsonl";
  }

  public byte[] of(LocalDate day) {
    List<Listing> listings =
        jdbc.sql(
                "select "
                    + CreditLists.COLUMNS
                    + " from organisations.listing where listed_on = ? or removed_on = ?")
            .params(day, day)
            .query(Listing.class)
            .list();
    List<String[]> lines = new ArrayList<>();
    for (Listing l : listings) {
      if (l.listedOn().equals(day)) {
        lines.add(
            new String[] {
              l.decisionNumber(),
              line(l, "LIST", l.decisionNumber(), l.legalBasis(), l.listedOn(), null)
            });
      }
      if (day.equals(l.removedOn())) {
        lines.add(
            new String[] {
              l.removalDecisionNumber(),
              line(
                  l,
                  "REMOVE",
                  l.removalDecisionNumber(),
                  l.removalBasis(),
                  l.removedOn(),
                  l.decisionNumber())
            });
      }
    }
    lines.sort(Comparator.comparing(a -> a[0]));
    StringBuilder out = new StringBuilder();
    lines.forEach(a -> out.append(a[1]).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the day's file into {@code directory}, replacing a former run's. */
  public Path write(Path directory, LocalDate day) {
    try {
      Files.createDirectories(directory);
      Path target = directory.resolve(fileName(day));
      Path tmp = Files.createTempFile(directory, "credit", ".tmp");
      Files.write(tmp, of(day));
      return Files.move(
          tmp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(
      Listing l,
      String action,
      String number,
      String basis,
      LocalDate date,
      @Nullable String listingNumber) {
    StringBuilder b = new StringBuilder("{");
    field(b, "decision_number", number);
    field(b, "action", action);
    field(b, "list", l.list());
    field(b, "list_name", CreditList.valueOf(l.list()).label());
    field(b, "organisation_name", l.organisationName());
    field(b, "credit_code", l.creditCode());
    field(b, "cause", ListTrigger.labelOf(l.trigger()));
    field(b, "legal_basis", basis);
    field(b, "decision_date", date.toString());
    field(b, "listing_decision_number", listingNumber);
    field(b, "authority", "成都市民政局");
    b.setLength(b.length() - 1);
    return b.append('}').toString();
  }

  private static void field(StringBuilder b, String name, @Nullable String value) {
    b.append('"').append(name).append("\":");
    if (value == null) {
      b.append("null");
    } else {
      b.append('"');
      for (char c : value.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    }
    b.append(',');
  }
}
