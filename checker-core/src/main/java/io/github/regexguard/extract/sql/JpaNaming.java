package io.github.regexguard.extract.sql;

/** How JPA names tables when the entity model does not say. */
public final class JpaNaming {

  private JpaNaming() {}

  /**
   * The default table of an entity under Spring Boot's naming strategy: {@code UserAccount} becomes
   * {@code user_account}.
   */
  public static String defaultTable(String entity) {
    String simple = entity.substring(entity.lastIndexOf('.') + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
