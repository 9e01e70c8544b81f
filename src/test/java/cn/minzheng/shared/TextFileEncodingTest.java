package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileEncodingTest {

  static final String ROWS = "身份证号,日期,金额,说明\n110105194912310021,2026-11-03,1200.50,养老金发放\n";

  @TempDir Path dir;

  private Path file(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile(dir, "feed", ".csv"), bytes);
  }

  @Test
  void readsUtf8AsUtf8WithOrWithoutBom() throws Exception {
    assertThat(TextFileEncoding.detect(file(ROWS.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextFileEncoding.detect(file(("\uFEFF" + ROWS).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void readsAGbkExportAsGbkAndGetsTheCharactersBack() throws Exception {
    byte[] gbk = ROWS.getBytes(java.nio.charset.Charset.forName("GBK"));
    Path file = file(gbk);

    var charset = TextFileEncoding.detect(file);

    assertThat(charset).isEqualTo(TextFileEncoding.GBK);
    assertThat(Files.readString(file, charset)).isEqualTo(ROWS);
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorGbk() throws Exception {
    Path file = file(new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'});

    assertThatThrownBy(() -> TextFileEncoding.detect(file))
        .isInstanceOf(CharacterCodingException.class);
  }
}
