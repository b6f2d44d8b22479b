package com.acme.shop;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;
import org.bson.Document;

public class VoucherDao {

  private final MongoCollection<Document> vouchers;

  public VoucherDao(MongoCollection<Document> vouchers) {
    this.vouchers = vouchers;
  }

  public Document find(String code) {
    return vouchers.find(Filters.regex("voucher", "^" + Pattern.quote(code) + "$", "i")).first();
  }
}
