package io.github.regexguard.bench;

import java.util.List;

/** A class member (method, field group, nested type) as source lines, with the imports it needs. */
record Member(List<String> lines, List<String> imports) {

    static Member of(String text, List<String> imports) {
        return new Member(text.lines().toList(), imports);
    }

    static Member of(String text, String... imports) {
        return of(text, List.of(imports));
    }
}
