package io.github.regexguard.bench;

import java.util.Locale;

/** Fills {@code {{token}}} placeholders; plain replacement, so {@code %} and {@code $} in Java code need no escaping. */
final class Template {

    private Template() {
    }

    /** @param tokens alternating token names and values */
    static String fill(String text, String... tokens) {
        String result = text;
        for (int i = 0; i < tokens.length; i += 2) {
            result = result.replace("{{" + tokens[i] + "}}", tokens[i + 1]);
        }
        return result;
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
