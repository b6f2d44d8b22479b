package io.github.regexguard.report;

import io.github.regexguard.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identities of findings that survive line moves: rule, file and the predicate's normalised code. */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(Finding finding) {
    return sha256(finding.ruleId() + "\n" + finding.path() + "\n" + finding.field() + "\n"
        + finding.code().replaceAll("\\s+", ""));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
