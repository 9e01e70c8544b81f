package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --minzheng.embedded-db.restore-from=<backup>}: restores once. The restored cluster
 * remembers which backup it came from, so a start that still carries the option (a service unit not
 * yet edited back) does not restore over the data written since.
 */
final class RestoreOnStart {

  static final String MARKER = "restored-from";

  private RestoreOnStart() {}

  static void apply(Path backup, String dataDir, Path keyDir) {
    if (dataDir.isBlank()) {
      throw new IllegalStateException(
          "minzheng.embedded-db.restore-from needs minzheng.embedded-db.data-dir: a throw-away"
              + " cluster has nothing to restore into");
    }
    Path data = Path.of(dataDir).toAbsolutePath();
    String source = backup.toAbsolutePath().normalize().toString();
    try {
      Path marker = data.resolve(MARKER);
      if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(source)) {
        return;
      }
      ClusterRestore.restore(backup.toAbsolutePath().normalize(), data, keyDir);
      Files.writeString(data.resolve(MARKER), source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("restore marker in " + data, e);
    }
  }
}
