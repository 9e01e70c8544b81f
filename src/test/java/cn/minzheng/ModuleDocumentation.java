package cn.minzheng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes Modulith's documentation (C4 component diagram, one diagram and one canvas per module)
 * into a folder that is committed, byte for byte the same on every machine. Modulith lists
 * relations, beans and listeners in the order the classes were read from disk, which is the file
 * system's directory order; sorting those lists makes the files depend on the code alone, so a
 * difference after a build always means the modules changed.
 */
final class ModuleDocumentation {

  /** How the lines listed in class-import order begin. */
  private static final List<String> SORTABLE_LINES = List.of("Rel(", "Component(", "* ");

  private ModuleDocumentation() {}

  static void write(ApplicationModules modules, Path folder) {
    // The default options empty the folder first, so a removed module leaves no stale file.
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeDocumentation();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, canonical(text), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("module documentation in " + folder, e);
    }
  }

  /**
   * Sorts every run of PlantUML relations or components and of AsciiDoc list items; a table cell
   * that holds only a list (with Modulith's stray blank lines for listeners it does not print)
   * becomes the sorted list alone.
   */
  static String canonical(String text) {
    List<String> out = new ArrayList<>();
    List<String> cell = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("|")) {
        flushCell(cell, out); // a new cell, or the end of the table
      }
      boolean cellStarts = line.startsWith("|") && !line.startsWith("|===");
      if (cellStarts || !cell.isEmpty()) {
        cell.add(line);
      } else {
        out.add(line);
      }
    }
    flushCell(cell, out);
    return String.join("\n", sortRuns(out));
  }

  private static void flushCell(List<String> cell, List<String> out) {
    if (cell.isEmpty()) {
      return;
    }
    List<String> content = new ArrayList<>(cell);
    content.set(0, cell.get(0).substring(1));
    List<String> items = content.stream().filter(line -> !line.isBlank()).toList();
    if (!items.isEmpty() && items.stream().allMatch(ModuleDocumentation::isListItem)) {
      out.add("|");
      out.addAll(items.stream().sorted().toList());
    } else {
      out.addAll(cell);
    }
    cell.clear();
  }

  private static List<String> sortRuns(List<String> lines) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < lines.size()) {
      Optional<String> kind = sortableKind(lines.get(start));
      int end = start + 1;
      while (kind.isPresent() && end < lines.size() && kind.equals(sortableKind(lines.get(end)))) {
        end++;
      }
      out.addAll(lines.subList(start, end).stream().sorted().toList());
      start = end;
    }
    return out;
  }

  private static Optional<String> sortableKind(String line) {
    return SORTABLE_LINES.stream().filter(line::startsWith).findFirst();
  }

  private static boolean isListItem(String line) {
    return line.startsWith("* ");
  }
}
