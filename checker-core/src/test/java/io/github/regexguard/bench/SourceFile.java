package io.github.regexguard.bench;

/**
 * One generated Java file.
 *
 * @param path path relative to the corpus root, {@code /}-separated
 * @param content the source text; every line ends with {@code \n}
 * @param kind what the file is
 */
record SourceFile(String path, String content, FileKind kind) {

    int lineCount() {
        return (int) content.chars().filter(c -> c == '\n').count();
    }
}
