package com.acme.auth;

import com.mongodb.client.model.Filters;

// This file is broken on purpose; the build skips compilation so that regexguard meets it.
public class Broken {
  void broken( {
    Filters.eq("email", "x");
  }
}
