package io.github.regexguard.bench;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plain business-logic members with no database query: the bulk of every generated class.
 * Each snippet shows a different part of Java 17 (streams, switch expressions, records, sealed
 * types, text blocks, generics, pattern matching, try-with-resources, ...).
 */
final class LogicSnippets {

    /** What a snippet needs from the type it goes into; a host accepts snippets up to its own scope. */
    enum Scope {
        /** static members and nested types only: fits utility classes */
        STATIC,
        /** also instance methods: fits records */
        INSTANCE_METHOD,
        /** also instance fields: fits classes and enums */
        INSTANCE_FIELD;

        boolean allows(Scope needed) {
            return needed.ordinal() <= ordinal();
        }
    }

    /** @param nameKey the member's name before de-duplication; snippets derive their other names from it */
    private record Snippet(Scope scope, String nameKey, String text, List<String> imports) {

        Snippet(Scope scope, String nameKey, String text) {
            this(scope, nameKey, text, List.of());
        }

        Member write(Naming naming) {
            String noun = naming.noun();
            String suffix = naming.suffixFor(fillNoun(nameKey, noun));
            return Member.of(Template.fill(fillNoun(text, noun), "n", suffix), imports);
        }

        private static String fillNoun(String text, String noun) {
            return Template.fill(text, "Noun", noun, "noun", Template.lowerFirst(noun), "NOUN", Template.upper(noun));
        }
    }

    private static final List<String> CONSTANTS = List.of(
            "private static final int MAX_{{NOUN}}_ITEMS{{n}} = {{value}};",
            "private static final String DEFAULT_{{NOUN}}_CODE{{n}} = \"{{NOUN}}-{{value}}\";",
            "private static final long {{NOUN}}_TTL_SECONDS{{n}} = {{value}}L;",
            "private static final boolean {{NOUN}}_AUDIT_ENABLED{{n}} = {{flag}};",
            "private static final double {{NOUN}}_RATE{{n}} = 0.{{value}};");

    private static final List<Snippet> ALL = List.of(
            new Snippet(Scope.STATIC, "count{{Noun}}sByStatus", """
                    /**
                     * Counts {{noun}} codes per status, keeping statuses in alphabetical order.
                     *
                     * @param codes {{noun}} codes in the form {@code STATUS:ID}
                     * @return how many codes each status has
                     */
                    static Map<String, Long> count{{Noun}}sByStatus{{n}}(List<String> codes) {
                        return codes.stream()
                                .filter(Objects::nonNull)
                                .map(code -> code.substring(0, Math.max(code.indexOf(':'), 0)))
                                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
                    }""", List.of("java.util.List", "java.util.Map", "java.util.Objects", "java.util.TreeMap",
                    "java.util.function.Function", "java.util.stream.Collectors")),
            new Snippet(Scope.INSTANCE_METHOD, "weighted{{Noun}}Total", """
                    int weighted{{Noun}}Total{{n}}(List<Integer> amounts, int threshold) {
                        int total = 0;
                        for (int i = 0; i < amounts.size(); i++) {
                            int amount = amounts.get(i);
                            if (amount > threshold) {
                                total += (amount - threshold) * (i + 1);
                            } else if (amount < 0) {
                                total -= 1;
                            }
                        }
                        return Math.max(total, 0);
                    }""", List.of("java.util.List")),
            new Snippet(Scope.STATIC, "{{noun}}StatusLabel", """
                    /**
                     * Returns the label shown to users for a {{noun}} status code.
                     */
                    static String {{noun}}StatusLabel{{n}}(String code) {
                        return switch (code) {
                            case "A", "ACTIVE" -> "Active";
                            case "P", "PENDING" -> "Pending";
                            case "S" -> "Suspended";
                            case "C", "CLOSED" -> {
                                String label = "Closed";
                                yield code.length() > 1 ? label : label + " (legacy code)";
                            }
                            default -> "Unknown " + code.toLowerCase(Locale.ROOT);
                        };
                    }""", List.of("java.util.Locale")),
            new Snippet(Scope.STATIC, "{{Noun}}Line", """
                    /** One {{noun}} line of a summary table. */
                    public record {{Noun}}Line{{n}}(String key, long amountCents, Instant recordedAt) {

                        public {{Noun}}Line{{n}} {
                            Objects.requireNonNull(key, "key");
                            Objects.requireNonNull(recordedAt, "recordedAt");
                            if (amountCents < 0) {
                                throw new IllegalArgumentException("amountCents must not be negative: " + amountCents);
                            }
                        }

                        public boolean isLarge() {
                            return amountCents >= 1_000_000L;
                        }
                    }""", List.of("java.time.Instant", "java.util.Objects")),
            new Snippet(Scope.STATIC, "{{Noun}}Priority", """
                    enum {{Noun}}Priority{{n}} {
                        LOW(1, "low"),
                        MEDIUM(5, "medium"),
                        HIGH(10, "high"),
                        CRITICAL(50, "critical");

                        private final int weight;
                        private final String code;

                        {{Noun}}Priority{{n}}(int weight, String code) {
                            this.weight = weight;
                            this.code = code;
                        }

                        int weight() {
                            return weight;
                        }

                        static {{Noun}}Priority{{n}} fromCode(String code) {
                            for ({{Noun}}Priority{{n}} value : values()) {
                                if (value.code.equals(code)) {
                                    return value;
                                }
                            }
                            throw new IllegalArgumentException("unknown {{noun}} priority: " + code);
                        }
                    }"""),
            new Snippet(Scope.STATIC, "top{{Noun}}s", """
                    static <T extends Comparable<? super T>> List<T> top{{Noun}}s{{n}}(Collection<T> items, int n) {
                        if (n <= 0 || items.isEmpty()) {
                            return List.of();
                        }
                        PriorityQueue<T> heap = new PriorityQueue<>(n + 1);
                        for (T item : items) {
                            heap.offer(item);
                            if (heap.size() > n) {
                                heap.poll();
                            }
                        }
                        List<T> result = new ArrayList<>(heap);
                        result.sort(Comparator.reverseOrder());
                        return result;
                    }""", List.of("java.util.ArrayList", "java.util.Collection", "java.util.Comparator",
                    "java.util.List", "java.util.PriorityQueue")),
            new Snippet(Scope.STATIC, "{{noun}}Slug", """
                    /**
                     * Turns a free-text {{noun}} title into a URL slug: lower case ASCII letters and digits, single dashes.
                     */
                    static String {{noun}}Slug{{n}}(String title) {
                        StringBuilder slug = new StringBuilder(title.length());
                        boolean dash = false;
                        for (char c : title.strip().toLowerCase(Locale.ROOT).toCharArray()) {
                            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                                slug.append(c);
                                dash = false;
                            } else if (!dash && slug.length() > 0) {
                                slug.append('-');
                                dash = true;
                            }
                        }
                        int end = slug.length();
                        while (end > 0 && slug.charAt(end - 1) == '-') {
                            end--;
                        }
                        return slug.substring(0, end);
                    }""", List.of("java.util.Locale")),
            new Snippet(Scope.STATIC, "render{{Noun}}Notice", """
                    private static final String {{NOUN}}_NOTICE_TEMPLATE{{n}} = \"""
                            {{Noun}} %s
                            ------------------------------
                            amount:   %d
                            due date: %s
                            \""";

                    static String render{{Noun}}Notice{{n}}(String reference, long amount, LocalDate dueDate) {
                        return {{NOUN}}_NOTICE_TEMPLATE{{n}}.formatted(reference, amount, dueDate);
                    }""", List.of("java.time.LocalDate")),
            new Snippet(Scope.STATIC, "read{{Noun}}Entries", """
                    static List<String> read{{Noun}}Entries{{n}}(Path file) throws IOException {
                        List<String> entries = new ArrayList<>();
                        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                            String line;
                            while ((line = reader.readLine()) != null) {
                                String trimmed = line.strip();
                                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                                    continue;
                                }
                                entries.add(trimmed);
                            }
                        }
                        return entries;
                    }""", List.of("java.io.BufferedReader", "java.io.IOException", "java.nio.charset.StandardCharsets",
                    "java.nio.file.Files", "java.nio.file.Path", "java.util.ArrayList", "java.util.List")),
            new Snippet(Scope.STATIC, "describe{{Noun}}Value", """
                    static String describe{{Noun}}Value{{n}}(Object value) {
                        if (value == null) {
                            return "-";
                        }
                        if (value instanceof String text && !text.isBlank()) {
                            return text.strip();
                        }
                        if (value instanceof Number number) {
                            return String.format(Locale.ROOT, "%,.2f", number.doubleValue());
                        }
                        if (value instanceof Collection<?> items) {
                            return items.size() + " {{noun}}s";
                        }
                        return String.valueOf(value);
                    }""", List.of("java.util.Collection", "java.util.Locale")),
            new Snippet(Scope.INSTANCE_METHOD, "{{noun}}Attribute", """
                    Optional<String> {{noun}}Attribute{{n}}(Map<String, String> attributes, String key) {
                        return Optional.ofNullable(attributes.get(key))
                                .map(String::strip)
                                .filter(value -> !value.isEmpty())
                                .or(() -> Optional.ofNullable(attributes.get("default." + key)));
                    }""", List.of("java.util.Map", "java.util.Optional")),
            new Snippet(Scope.STATIC, "ranked{{Noun}}s", """
                    /**
                     * Orders {{noun}} counts from the largest down, ties by key.
                     */
                    static List<Map.Entry<String, Integer>> ranked{{Noun}}s{{n}}(Map<String, Integer> counts, int limit) {
                        return counts.entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                                .limit(limit)
                                .collect(Collectors.toList());
                    }""", List.of("java.util.List", "java.util.Map", "java.util.stream.Collectors")),
            new Snippet(Scope.INSTANCE_METHOD, "with{{Noun}}Retry", """
                    /**
                     * Runs the action until it succeeds or the attempts are used up, doubling the pause each time.
                     *
                     * @throws IllegalStateException when every attempt failed
                     */
                    <T> T with{{Noun}}Retry{{n}}(Supplier<T> action, int attempts, long initialPauseMillis) {
                        RuntimeException last = null;
                        long pause = initialPauseMillis;
                        int attempt = 0;
                        do {
                            try {
                                return action.get();
                            } catch (RuntimeException e) {
                                last = e;
                                attempt++;
                                try {
                                    Thread.sleep(pause);
                                } catch (InterruptedException interrupted) {
                                    Thread.currentThread().interrupt();
                                    break;
                                }
                                pause = Math.min(pause * 2, 30_000L);
                            }
                        } while (attempt < attempts);
                        throw new IllegalStateException("{{noun}} action failed after " + attempt + " attempts", last);
                    }""", List.of("java.util.function.Supplier")),
            new Snippet(Scope.STATIC, "index{{Noun}}Pairs", """
                    static Map<String, List<String>> index{{Noun}}Pairs{{n}}(List<String[]> pairs) {
                        Map<String, List<String>> index = new LinkedHashMap<>();
                        Map<String, Integer> seen = new HashMap<>();
                        for (String[] pair : pairs) {
                            if (pair.length < 2) {
                                continue;
                            }
                            index.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
                            seen.merge(pair[0], 1, Integer::sum);
                        }
                        seen.forEach((key, count) -> {
                            if (count > 1) {
                                index.get(key).sort(null);
                            }
                        });
                        return index;
                    }""", List.of("java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap",
                    "java.util.List", "java.util.Map")),
            new Snippet(Scope.STATIC, "{{Noun}}Outcome", """
                    sealed interface {{Noun}}Outcome{{n}} permits {{Noun}}Accepted{{n}}, {{Noun}}Rejected{{n}} {
                    }

                    record {{Noun}}Accepted{{n}}(String reference) implements {{Noun}}Outcome{{n}} {
                    }

                    record {{Noun}}Rejected{{n}}(String reason, int code) implements {{Noun}}Outcome{{n}} {
                    }

                    static String describe{{Noun}}Outcome{{n}}({{Noun}}Outcome{{n}} outcome) {
                        if (outcome instanceof {{Noun}}Accepted{{n}} accepted) {
                            return "accepted " + accepted.reference();
                        } else if (outcome instanceof {{Noun}}Rejected{{n}} rejected) {
                            return "rejected (" + rejected.code() + "): " + rejected.reason();
                        }
                        throw new IllegalArgumentException("unexpected outcome " + outcome);
                    }"""),
            new Snippet(Scope.STATIC, "isValid{{Noun}}Reference", """
                    /** Checks the check digit of a {{noun}} reference number with the Luhn mod-10 algorithm. */
                    static boolean isValid{{Noun}}Reference{{n}}(String digits) {
                        int sum = 0;
                        boolean doubleIt = false;
                        for (int i = digits.length() - 1; i >= 0; i--) {
                            char c = digits.charAt(i);
                            if (c < '0' || c > '9') {
                                return false;
                            }
                            int digit = c - '0';
                            if (doubleIt) {
                                digit <<= 1;
                                digit = digit > 9 ? digit - 9 : digit;
                            }
                            sum += digit;
                            doubleIt = !doubleIt;
                        }
                        return sum % 10 == 0 && !digits.isEmpty();
                    }"""),
            new Snippet(Scope.STATIC, "{{noun}}Batches", """
                    static <T> List<List<T>> {{noun}}Batches{{n}}(List<T> items, int size) {
                        if (size < 1) {
                            throw new IllegalArgumentException("size must be positive");
                        }
                        List<List<T>> batches = new ArrayList<>((items.size() + size - 1) / size);
                        for (int from = 0; from < items.size(); from += size) {
                            batches.add(List.copyOf(items.subList(from, Math.min(from + size, items.size()))));
                        }
                        return batches;
                    }""", List.of("java.util.ArrayList", "java.util.List")),
            new Snippet(Scope.STATIC, "{{noun}}PageCount", """
                    static int {{noun}}PageCount{{n}}(long total, int pageSize) {
                        return pageSize <= 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
                    }"""),
            new Snippet(Scope.STATIC, "{{noun}}OrDefault", """
                    private static String {{noun}}OrDefault{{n}}(String value, String fallback) {
                        return value == null || value.isBlank() ? fallback : value.strip();
                    }"""),
            new Snippet(Scope.STATIC, "format{{Noun}}Duration", """
                    static String format{{Noun}}Duration{{n}}(Duration elapsed) {
                        long seconds = elapsed.getSeconds();
                        if (seconds < 60) {
                            return seconds + "s";
                        }
                        return seconds < 3600
                                ? (seconds / 60) + "m " + (seconds % 60) + "s"
                                : (seconds / 3600) + "h " + (seconds % 3600 / 60) + "m";
                    }""", List.of("java.time.Duration")),
            new Snippet(Scope.STATIC, "{{noun}}Fingerprint", """
                    /** FNV-1a over the raw bytes; stable across JVMs, unlike {@code hashCode()}. */
                    static long {{noun}}Fingerprint{{n}}(byte[] data) {
                        long hash = 0xcbf29ce484222325L;
                        for (byte b : data) {
                            hash ^= b & 0xff;
                            hash *= 0x100000001b3L;
                        }
                        return hash;
                    }"""),
            new Snippet(Scope.INSTANCE_FIELD, "transform{{Noun}}Text", """
                    private final Map<String, UnaryOperator<String>> {{noun}}Transforms{{n}} = Map.of(
                            "upper", s -> s.toUpperCase(Locale.ROOT),
                            "lower", s -> s.toLowerCase(Locale.ROOT),
                            "trim", String::strip);

                    String transform{{Noun}}Text{{n}}(String operation, String input) {
                        return {{noun}}Transforms{{n}}.getOrDefault(operation, UnaryOperator.identity()).apply(input);
                    }""", List.of("java.util.Locale", "java.util.Map", "java.util.function.UnaryOperator")),
            new Snippet(Scope.INSTANCE_FIELD, "next{{Noun}}Number", """
                    private final Object {{noun}}Lock{{n}} = new Object();
                    private int {{noun}}Sequence{{n}};

                    int next{{Noun}}Number{{n}}() {
                        synchronized ({{noun}}Lock{{n}}) {
                            {{noun}}Sequence{{n}}++;
                            return {{noun}}Sequence{{n}};
                        }
                    }"""),
            new Snippet(Scope.STATIC, "total{{Noun}}Amount", """
                    static BigDecimal total{{Noun}}Amount{{n}}(List<BigDecimal> amounts, int scale) {
                        BigDecimal total = amounts.stream()
                                .filter(Objects::nonNull)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        return total.setScale(scale, RoundingMode.HALF_EVEN);
                    }""", List.of("java.math.BigDecimal", "java.math.RoundingMode", "java.util.List",
                    "java.util.Objects")));

    private LogicSnippets() {
    }

    /**
     * Members written from the snippets that fit the host, each snippet once in random order before
     * any repeats, so a class does not hold the same method twice in a row.
     */
    static Supplier<Member> deck(Naming naming, Scope host) {
        List<Snippet> fitting = ALL.stream().filter(s -> host.allows(s.scope())).collect(Collectors.toList());
        return new Supplier<>() {
            private int next = fitting.size();

            @Override
            public Member get() {
                if (next == fitting.size()) {
                    Collections.shuffle(fitting, naming.random());
                    next = 0;
                }
                return fitting.get(next++).write(naming);
            }
        };
    }

    /** A one-line {@code private static final} constant with no imports: used to pad a class to its exact size. */
    static String constant(Naming naming) {
        String noun = Template.upper(naming.noun());
        String template = naming.pick(CONSTANTS);
        String suffix = naming.suffixFor(template + noun);
        return Template.fill(template, "NOUN", noun, "n", suffix,
                "value", Integer.toString(10 + naming.random().nextInt(990)),
                "flag", Boolean.toString(naming.random().nextBoolean()));
    }
}
