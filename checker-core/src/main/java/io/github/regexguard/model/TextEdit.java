package io.github.regexguard.model;

/** Replace the text in {@code range} (inclusive end column) with {@code replacement}. */
public record TextEdit(SourceRange range, String replacement) {}
