package io.github.regexguard.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the analyzer reads a file's bytes: the file system, or content held in memory for some
 * paths (the staged version of a file in a pre-commit hook).
 */
public interface SourceProvider {

  /** Reads every file from the file system. */
  SourceProvider FILE_SYSTEM = new SourceProvider() {
    @Override
    public long size(Path file) throws IOException {
      return Files.size(file);
    }

    @Override
    public byte[] read(Path file) throws IOException {
      return Files.readAllBytes(file);
    }
  };

  long size(Path file) throws IOException;

  byte[] read(Path file) throws IOException;

  /** {@code contents} (keyed by absolute, normalised path) for those paths, the file system for the rest. */
  static SourceProvider overlay(Map<Path, byte[]> contents) {
    Map<Path, byte[]> copy = new HashMap<>();
    contents.forEach((path, bytes) -> copy.put(path.toAbsolutePath().normalize(), bytes));
    return new SourceProvider() {
      @Override
      public long size(Path file) throws IOException {
        byte[] bytes = copy.get(file.toAbsolutePath().normalize());
        return bytes != null ? bytes.length : Files.size(file);
      }

      @Override
      public byte[] read(Path file) throws IOException {
        byte[] bytes = copy.get(file.toAbsolutePath().normalize());
        return bytes != null ? bytes.clone() : Files.readAllBytes(file);
      }
    };
  }
}
