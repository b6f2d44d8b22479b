package io.github.regexguard.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The field names that identify a user or record, whose lookups run on hot paths such as sign-in. */
public final class IdentityFields {

  public static final List<String> DEFAULTS =
      List.of(
          "email", "emailaddress", "mail", "username", "login", "loginname", "handle", "nickname",
          "screenname", "accountid", "accountnumber", "userid", "customerid", "externalid",
          "principal", "phone", "phonenumber", "msisdn", "slug", "_id", "id", "uuid");

  private final Set<String> names;

  private IdentityFields(Collection<String> names) {
    this.names = new LinkedHashSet<>();
    names.forEach(n -> this.names.add(normalise(n)));
  }

  public static IdentityFields defaults() {
    return new IdentityFields(DEFAULTS);
  }

  /** The defaults plus {@code extra}. */
  public static IdentityFields withAdditions(Collection<String> extra) {
    List<String> all = new java.util.ArrayList<>(DEFAULTS);
    all.addAll(extra);
    return new IdentityFields(all);
  }

  /** Exactly {@code names}, replacing the defaults. */
  public static IdentityFields replacing(Collection<String> names) {
    return new IdentityFields(names);
  }

  public IdentityFields plus(Collection<String> extra) {
    List<String> all = new java.util.ArrayList<>(names);
    all.addAll(extra);
    return new IdentityFields(all);
  }

  /** Whether a database field name such as {@code auth.local.email} or {@code user_name} is an identity field. */
  public boolean matches(String fieldName) {
    return names.contains(normalise(fieldName));
  }

  /**
   * Case-insensitive, the last dotted segment, underscores removed: {@code auth.local.Email_Address}
   * becomes {@code emailaddress}. A lone {@code _id} keeps its underscore.
   */
  static String normalise(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot >= 0) {
      n = n.substring(dot + 1);
    }
    return n.equals("_id") ? n : n.replace("_", "");
  }
}
