package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code MANIFEST.sha256} of a backup directory: one line per file, {@code sha256sum} format, so an
 * operator can also check a copy with {@code sha256sum -c}. A restore checks it before it touches
 * anything: a backup damaged in storage is refused, not half restored.
 */
final class BackupManifest {

  static final String FILE = "MANIFEST.sha256";

  private BackupManifest() {}

  static void write(Path backup) {
    try (Stream<Path> files = Files.walk(backup)) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = backup.relativize(file).toString();
        if (!relative.equals(FILE)) {
          lines.add(sha256(file) + "  " + relative);
        }
      }
      Files.write(backup.resolve(FILE), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("manifest of " + backup + " could not be written", e);
    }
  }

  /** Throws naming the first file that is missing or differs; returns the files checked. */
  static int verify(Path backup) {
    Path manifest = backup.resolve(FILE);
    if (!Files.exists(manifest)) {
      throw new IllegalStateException("not a backup (no " + FILE + "): " + backup);
    }
    try {
      List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      for (String line : lines) {
        String expected = line.substring(0, 64);
        Path file = backup.resolve(line.substring(66));
        if (!Files.exists(file) || !sha256(file).equals(expected)) {
          throw new IllegalStateException(
              "backup damaged: " + backup.relativize(file) + " is missing or differs");
        }
      }
      return lines.size();
    } catch (IOException e) {
      throw new UncheckedIOException("backup " + backup + " could not be read", e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
