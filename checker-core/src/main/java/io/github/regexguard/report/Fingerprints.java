package io.github.regexguard.report;

import io.github.regexguard.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Identities of findings that survive line moves and unrelated edits: rule, file, field and the
 * predicate's code without whitespace. No line or column goes into them.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(Finding finding) {
    return of(finding.ruleId(), finding.path(), finding.field(), finding.code());
  }

  public static String of(String ruleId, String path, String field, String code) {
    return sha256(ruleId + "\n" + path + "\n" + field + "\n" + code.replaceAll("\\s+", ""));
  }

  /**
   * One fingerprint per finding, in order, made unique within the list: the second identical
   * predicate in a file gets {@code :2}, as GitHub's own line hashes do.
   */
  public static List<String> numbered(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      String print = of(finding);
      int n = seen.merge(print, 1, Integer::sum);
      out.add(n == 1 ? print : print + ":" + n);
    }
    return out;
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
