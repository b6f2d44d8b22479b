package com.acme.auth;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bson.Document;

public class SignInDao {

  private final MongoCollection<Document> users;

  public SignInDao(MongoCollection<Document> users) {
    this.users = users;
  }

  public Document findUser(String email) {
    return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
  }
}
