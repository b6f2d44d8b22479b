package com.acme.orders;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;
import org.bson.Document;

public class OrderDao {

  private MongoCollection<Document> orders;

  public Document bySku(String sku) {
    return orders.find(Filters.regex("sku", Pattern.quote(sku) + "$")).first();
  }
}
