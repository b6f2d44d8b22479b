package io.github.regexguard.bench;

import io.github.regexguard.bench.QueryShape.Family;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Deals query shapes round-robin from fixed decks, so the corpus holds an exact, known mix
 * (see {@link CorpusGenerator} for the decks in prose).
 */
final class QueryDecks {

    private static final Map<Family, List<QueryShape>> DECKS = Map.of(
            Family.MONGO_DAO, List.of(
                    QueryShape.MONGO_REGEX_CI_EQUALITY, QueryShape.MONGO_EQ,
                    QueryShape.MONGO_REGEX_CI_PREFIX, QueryShape.MONGO_REGEX_QUOTED_PREFIX,
                    QueryShape.MONGO_REGEX_CONTAINS, QueryShape.MONGO_EQ,
                    QueryShape.MONGO_REGEX_EXACT_LITERAL, QueryShape.MONGO_DOCUMENT_REGEX_CI_EQUALITY),
            Family.JDBC_DAO, List.of(
                    QueryShape.SQL_LOWER_EQUALITY, QueryShape.SQL_EQUALITY, QueryShape.SQL_LEADING_WILDCARD),
            Family.MONGO_REPOSITORY, List.of(
                    QueryShape.SPRING_MONGO_IGNORE_CASE, QueryShape.SPRING_MONGO_STARTING_WITH,
                    QueryShape.SPRING_MONGO_EQUALS, QueryShape.SPRING_MONGO_QUERY_REGEX),
            Family.JPA_REPOSITORY, List.of(QueryShape.SPRING_JPA_IGNORE_CASE, QueryShape.SPRING_JPA_EQUALS));

    private final Map<Family, Integer> dealt = new EnumMap<>(Family.class);

    List<QueryShape> deal(Family family, int count) {
        List<QueryShape> deck = DECKS.get(family);
        int start = dealt.getOrDefault(family, 0);
        List<QueryShape> hand = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hand.add(deck.get((start + i) % deck.size()));
        }
        dealt.put(family, start + count);
        return hand;
    }
}
