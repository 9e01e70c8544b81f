package cn.minzheng.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file that another department sent: UTF-8 where the whole file is valid
 * UTF-8, else GBK (read as GB18030, its superset, so that every GBK file and the rare characters
 * beyond it decode), else neither — then the file is refused, never stored garbled. Chinese
 * government systems commonly export GBK; a GBK file is almost never valid UTF-8 (its lead bytes
 * 0x81–0xFE followed by 0x40–0xFE rarely form UTF-8 sequences), so the order decides correctly.
 */
public final class TextFileEncoding {

  public static final Charset GBK = Charset.forName("GB18030");

  private TextFileEncoding() {}

  /**
   * @throws CharacterCodingException where the file is neither UTF-8 nor GBK
   */
  public static Charset detect(Path file) throws IOException {
    for (Charset candidate : new Charset[] {StandardCharsets.UTF_8, GBK}) {
      if (decodesCleanly(file, candidate)) {
        return candidate;
      }
    }
    throw new CharacterCodingException();
  }

  private static boolean decodesCleanly(Path file, Charset charset) throws IOException {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer buffer = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, decoder)) {
      while (reader.read(buffer.clear()) >= 0) {
        // streamed: only the buffer is in memory, whatever the file's size
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
