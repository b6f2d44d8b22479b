package io.github.regexguard.model;

/** A finding that a suppression in the code silenced: reported, but never failing a build. */
public record SuppressedFinding(Finding finding, Suppression suppression) {}
