package cn.minzheng.platform;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * One table of the label dictionary (码表): the names people read for the codes of one kind ({@code
 * programme}: DIBAO → 低保). A module declares its tables as beans, the way it declares its {@link
 * MenuItem}s; pages and exports read them through the {@code labels} view helper ({@code
 * ${@labels.code('programme', r.programme)}}), so that a code stored as text (a statistics row, an
 * SQL result) gets the same name as the enum it came from.
 *
 * @param kind the name pages use for the table, unique across modules
 * @param source the enum the codes come from, or {@code null} for a table of plain codes
 */
@NamedInterface("shell")
public record CodeTable(String kind, Class<?> source, Map<String, String> labels) {

  public CodeTable {
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The table of an enum whose constants answer {@code label()}. */
  public static CodeTable ofEnum(String kind, Class<? extends Enum<?>> type) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      labels.put(constant.name(), labelOf(constant).orElse(constant.name()));
    }
    return new CodeTable(kind, type, labels);
  }

  /** A table of codes that have no enum (stored by SQL or by another system). */
  public static CodeTable of(String kind, Map<String, String> labels) {
    return new CodeTable(kind, null, labels);
  }

  /** The name of a code, empty when the table does not know it. */
  public Optional<String> label(String code) {
    return Optional.ofNullable(labels.get(code));
  }

  /** {@code label()} of an enum constant that declares one (read reflectively: no common type). */
  public static Optional<String> labelOf(Enum<?> constant) {
    try {
      var method = constant.getDeclaringClass().getMethod("label");
      // a module's own enum may be package-private (its public label() is then not callable)
      method.trySetAccessible();
      Object label = method.invoke(constant);
      return label == null ? Optional.empty() : Optional.of(label.toString());
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException none) {
      return Optional.empty();
    }
  }
}
