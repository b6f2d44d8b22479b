package io.github.regexguard.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/** Decodes a source file strictly: bad bytes are an error with a line number, not replacement characters. */
public final class SourceText {

  private SourceText() {}

  /** Thrown when the bytes are not valid in the charset. */
  public static final class DecodingException extends Exception {
    private final int line;

    DecodingException(String message, int line) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  public static String decode(byte[] bytes, Charset charset) throws DecodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return text;
    } catch (MalformedInputException e) {
      int line = lineAt(bytes, findBadByte(bytes, charset));
      throw new DecodingException("not valid " + charset.name() + " (check the source encoding)", line);
    } catch (CharacterCodingException e) {
      throw new DecodingException("not valid " + charset.name() + " (check the source encoding)", 1);
    }
  }

  /** Whether the bytes look like a binary file rather than text: a NUL byte near the start. */
  public static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether decoded text looks like a binary file: a NUL character near the start (any encoding). */
  public static boolean looksBinary(String text) {
    int limit = Math.min(text.length(), 8192);
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Lines as the parser counts them: ended by {@code \n}, {@code \r\n} or a lone {@code \r}. */
  public static long countLines(String text) {
    long lines = 0;
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
        open = false;
      } else if (c != '\r') {
        open = true;
      }
    }
    return open ? lines + 1 : lines;
  }

  private static int findBadByte(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, bytes.length); i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
