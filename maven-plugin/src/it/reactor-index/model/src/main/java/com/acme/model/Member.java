package com.acme.model;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "members")
public class Member {

  private String id;

  @Indexed(unique = true)
  private String voucherCode;

  private String biography;
}
