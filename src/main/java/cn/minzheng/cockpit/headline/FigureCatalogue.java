package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every figure the modules contribute, in the brief's order, and the brief's rows none of them
 * claims yet (尚未接入). Two figures with one code are a programming error: refused at start.
 */
@Component
public class FigureCatalogue {

  private final List<Figure> figures;

  FigureCatalogue(List<Figure> contributed) {
    this.figures =
        contributed.stream()
            .sorted(
                Comparator.comparing((Figure f) -> f.spec().briefRow().ordinal())
                    .thenComparingInt(f -> f.spec().order())
                    .thenComparing(f -> f.spec().code()))
            .toList();
    Set<String> codes = new HashSet<>();
    for (Figure figure : figures) {
      if (!codes.add(figure.spec().code())) {
        throw new IllegalStateException("two figures with the code " + figure.spec().code());
      }
    }
  }

  public List<Figure> figures() {
    return figures;
  }

  public Optional<Figure> find(String code) {
    return figures.stream().filter(f -> f.spec().code().equals(code)).findFirst();
  }

  /** The brief's rows that no figure claims, in the brief's order. */
  public List<BriefRow> notConnected() {
    Set<BriefRow> claimed = new HashSet<>();
    figures.stream().map(Figure::spec).map(FigureSpec::briefRow).forEach(claimed::add);
    return Arrays.stream(BriefRow.values()).filter(row -> !claimed.contains(row)).toList();
  }
}
