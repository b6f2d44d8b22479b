package com.acme.app;

import com.acme.model.Member;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.regex.Pattern;

public class Redemption {

  private final MongoCollection<Member> members;

  public Redemption(MongoCollection<Member> members) {
    this.members = members;
  }

  public Member redeem(String code) {
    return members.find(Filters.regex("voucherCode", "^" + Pattern.quote(code) + "$", "i")).first();
  }

  public Member search(String words) {
    return members.find(Filters.regex("biography", "^" + Pattern.quote(words) + "$", "i")).first();
  }
}
