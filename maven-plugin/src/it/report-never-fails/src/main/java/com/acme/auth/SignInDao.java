package com.acme.auth;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;
import org.bson.Document;

public class SignInDao {

  private MongoCollection<Document> users;

  public Document findUser(String email) {
    return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
  }

  public Document findAdmin(String login) {
    // regexguard:ignore CaseInsensitiveEquality
    return users.find(Filters.regex("login", "^" + Pattern.quote(login) + "$", "i")).first();
  }
}
