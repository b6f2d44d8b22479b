package io.github.regexguard.bench;

import java.util.function.Supplier;

/** Fills a class with business-logic members, then pads it with constants to an exact line count. */
final class Filler {

    /** Consecutive snippets that may fail to fit before the rest is left to padding. */
    private static final int ATTEMPTS = 8;

    private Filler() {
    }

    static void fill(JavaFile file, int targetLines, Naming naming, LogicSnippets.Scope host) {
        Supplier<Member> snippets = LogicSnippets.deck(naming, host);
        int misses = 0;
        while (misses < ATTEMPTS) {
            Member member = snippets.get();
            if (file.costOf(member) <= file.remainingTo(targetLines)) {
                file.add(member);
                misses = 0;
            } else {
                misses++;
            }
        }
        file.padTo(targetLines, () -> LogicSnippets.constant(naming));
    }
}
