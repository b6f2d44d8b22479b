package io.github.regexguard.bench;

import java.util.EnumMap;
import java.util.Map;

/** How many sites of each query shape the corpus holds. */
final class ShapeTally {

    private final Map<QueryShape, Integer> counts = new EnumMap<>(QueryShape.class);

    void add(QueryShape shape) {
        add(shape, 1);
    }

    void add(QueryShape shape, int count) {
        counts.merge(shape, count, Integer::sum);
    }

    int count(QueryShape shape) {
        return counts.getOrDefault(shape, 0);
    }
}
