package com.acme.users;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;
import org.bson.Document;

public class UserDao {

  private MongoCollection<Document> users;

  public Document byEmail(String email) {
    return users.find(Filters.regex("email", "^" + Pattern.quote(email) + "$", "i")).first();
  }
}
