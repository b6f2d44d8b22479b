package io.github.regexguard.extract;

import io.github.regexguard.extract.jongo.JongoFrontEnd;
import io.github.regexguard.extract.jooq.JooqFrontEnd;
import io.github.regexguard.extract.jpa.JpaCriteriaFrontEnd;
import io.github.regexguard.extract.mongo.MongoDriverFrontEnd;
import io.github.regexguard.extract.mongojack.MongoJackFrontEnd;
import io.github.regexguard.extract.morphia.MorphiaFrontEnd;
import io.github.regexguard.extract.panache.PanacheFrontEnd;
import io.github.regexguard.extract.querydsl.MongoQuerydslFrontEnd;
import io.github.regexguard.extract.querydsl.QuerydslFrontEnd;
import io.github.regexguard.extract.spring.MongoRepositoryFrontEnd;
import io.github.regexguard.extract.spring.SpringCriteriaFrontEnd;
import io.github.regexguard.extract.sql.RelationalRepositoryFrontEnd;
import io.github.regexguard.extract.sql.SqlTextFrontEnd;
import java.util.List;

/** Every front end regexguard ships. */
public final class FrontEnds {

  private FrontEnds() {}

  public static List<FrontEnd> all() {
    return List.of(new MongoDriverFrontEnd(), new SpringCriteriaFrontEnd(), new MongoRepositoryFrontEnd(),
        new MorphiaFrontEnd(), new PanacheFrontEnd(), new MongoJackFrontEnd(), new JongoFrontEnd(),
        new MongoQuerydslFrontEnd(), new SqlTextFrontEnd(), new JpaCriteriaFrontEnd(), new JooqFrontEnd(),
        new QuerydslFrontEnd(), new RelationalRepositoryFrontEnd());
  }
}
