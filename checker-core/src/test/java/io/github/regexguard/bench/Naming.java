package io.github.regexguard.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The names used inside one generated class: random nouns, and member names that never repeat. */
final class Naming {

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Naming(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    String noun() {
        return pick(Vocabulary.BUSINESS_NOUNS);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Returns "" the first time {@code name} is asked for, then "2", "3", ... to append to it. */
    String suffixFor(String name) {
        if (used.add(name)) {
            return "";
        }
        int n = 2;
        while (!used.add(name + n)) {
            n++;
        }
        return Integer.toString(n);
    }

    String unique(String name) {
        return name + suffixFor(name);
    }
}
