package io.github.regexguard;

/**
 * What a run did.
 *
 * @param filesDiscovered Java files found under the scanned paths
 * @param filesParsed files that passed the prefilter and were parsed
 * @param lines lines of all discovered files that were read
 * @param millis wall-clock time of the analysis
 */
public record Statistics(int filesDiscovered, int filesParsed, long lines, long millis) {}
