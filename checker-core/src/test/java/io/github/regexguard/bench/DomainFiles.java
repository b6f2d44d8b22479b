package io.github.regexguard.bench;

import io.github.regexguard.bench.LogicSnippets.Scope;
import java.util.List;
import java.util.Locale;

/** Files of a module's {@code domain} package: entities with their indexes, records, enums, events. */
final class DomainFiles {

    private DomainFiles() {
    }

    static JavaFile mongoEntity(Party party, int targetLines, Naming naming) {
        JavaFile file = new JavaFile(party.packageName(), party.type(), party.fill("""
                /**
                 * A {{entity}} as stored in the {@code {{entities}}} collection.
                 */
                @Document(collection = "{{entities}}")
                public class {{Entity}} {"""), List.of(
                "org.springframework.data.annotation.Id",
                "org.springframework.data.mongodb.core.index.Indexed",
                "org.springframework.data.mongodb.core.mapping.Document",
                "org.springframework.data.mongodb.core.mapping.Field"));
        file.addConstant(party.fill("public static final String COLLECTION = \"{{entities}}\";"));
        file.add(Member.of("""
                @Id
                private String id;

                @Indexed(unique = true)
                private String email;

                @Indexed
                @Field("user_name")
                private String username;

                @Field("login_name")
                private String login;

                private String displayName;

                private String status;

                private Instant createdAt;

                private List<String> tags = new ArrayList<>();""",
                "java.time.Instant", "java.util.ArrayList", "java.util.List"));
        file.add(Member.of(party.fill("""
                public {{Entity}}() {
                }""")));
        Accessors.gettersAndSetters("String", "id", "String", "email", "String", "username", "String", "login",
                "String", "displayName", "String", "status", "Instant", "createdAt", "List<String>", "tags")
                .forEach(file::add);
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }

    static JavaFile jpaEntity(Party party, int targetLines, Naming naming) {
        JavaFile file = new JavaFile(party.packageName(), party.type(), party.fill("""
                /**
                 * A {{entity}} row of the {@code {{entities}}} table.
                 */
                @Entity
                @Table(name = "{{entities}}", indexes = {
                        @Index(name = "idx_{{entities}}_email", columnList = "email", unique = true),
                        @Index(name = "idx_{{entities}}_login", columnList = "login")
                })
                public class {{Entity}} {"""), List.of(
                "jakarta.persistence.Column", "jakarta.persistence.Entity", "jakarta.persistence.GeneratedValue",
                "jakarta.persistence.GenerationType", "jakarta.persistence.Id", "jakarta.persistence.Index",
                "jakarta.persistence.Table", "java.time.Instant"));
        file.addConstant(party.fill("public static final String TABLE = \"{{entities}}\";"));
        file.add(Member.of("""
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Column(name = "email", nullable = false, unique = true, length = 320)
                private String email;

                @Column(name = "login", nullable = false, length = 64)
                private String login;

                @Column(name = "display_name")
                private String displayName;

                @Column(name = "status", nullable = false, length = 16)
                private String status;

                @Column(name = "created_at", nullable = false)
                private Instant createdAt;"""));
        file.add(Member.of(party.fill("""
                protected {{Entity}}() {
                }""")));
        Accessors.gettersAndSetters("Long", "id", "String", "email", "String", "login", "String", "displayName",
                "String", "status", "Instant", "createdAt").forEach(file::add);
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }

    static JavaFile valueRecord(String packageName, String type, String noun, int targetLines, Naming naming) {
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * {{Noun}} figures as shown on statements and exports.
                 */
                public record {{Type}}(String id, String currency, long amountCents, Instant createdAt) {""",
                "Noun", noun, "Type", type), List.of("java.time.Instant"));
        file.addConstant("private static final String DEFAULT_CURRENCY = \"EUR\";");
        file.add(Member.of(Template.fill("""
                public {{Type}} {
                    Objects.requireNonNull(id, "id");
                    Objects.requireNonNull(createdAt, "createdAt");
                    currency = currency == null ? DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT);
                }""", "Type", type), "java.util.Locale", "java.util.Objects"));
        file.add(Member.of(Template.fill("""
                public {{Type}} withAmount(long newAmountCents) {
                    return new {{Type}}(id, currency, newAmountCents, createdAt);
                }""", "Type", type)));
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_METHOD);
        return file;
    }

    static JavaFile statusEnum(String packageName, String type, String noun, int targetLines, Naming naming) {
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * Lifecycle states of a {{noun}}.
                 */
                public enum {{Type}} {
                    DRAFT("D"),
                    OPEN("O"),
                    ON_HOLD("H"),
                    CLOSED("C"),
                    CANCELLED("X");""", "noun", Template.lowerFirst(noun), "Type", type), List.of());
        file.addConstant("private static final String UNKNOWN_CODE = \"?\";");
        file.add(Member.of("""
                private final String code;"""));
        file.add(Member.of(Template.fill("""
                {{Type}}(String code) {
                    this.code = code;
                }""", "Type", type)));
        file.add(Member.of(Template.fill("""
                /**
                 * The state stored under a one-letter code.
                 *
                 * @throws IllegalArgumentException for an unknown code
                 */
                public static {{Type}} fromCode(String code) {
                    return switch (code == null ? UNKNOWN_CODE : code) {
                        case "D" -> DRAFT;
                        case "O" -> OPEN;
                        case "H" -> ON_HOLD;
                        case "C" -> CLOSED;
                        case "X" -> CANCELLED;
                        default -> throw new IllegalArgumentException("unknown state code " + code);
                    };
                }""", "Type", type)));
        file.add(Member.of("""
                public boolean isFinal() {
                    return this == CLOSED || this == CANCELLED;
                }"""));
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }

    static JavaFile domainEvent(String packageName, String type, String noun, String verb, int targetLines,
            Naming naming) {
        String variable = Template.lowerFirst(noun);
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * Published when a {{noun}} is {{verb}}.
                 */
                public final class {{Type}} {""", "noun", variable, "verb", verb.toLowerCase(Locale.ROOT),
                "Type", type), List.of("java.time.Instant", "java.util.Map", "java.util.Objects"));
        file.addConstant(Template.fill("public static final String TYPE = \"{{noun}}.{{verb}}\";",
                "noun", variable, "verb", verb.toLowerCase(Locale.ROOT)));
        file.add(Member.of(Template.fill("""
                private final String {{noun}}Id;
                private final Instant occurredAt;
                private final Map<String, String> attributes;""", "noun", variable)));
        file.add(Member.of(Template.fill("""
                public {{Type}}(String {{noun}}Id, Instant occurredAt, Map<String, String> attributes) {
                    this.{{noun}}Id = Objects.requireNonNull({{noun}}Id, "{{noun}}Id");
                    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
                    this.attributes = Map.copyOf(attributes);
                }""", "Type", type, "noun", variable)));
        Accessors.getters("String", variable + "Id", "Instant", "occurredAt", "Map<String, String>", "attributes")
                .forEach(file::add);
        file.add(Member.of(Template.fill("""
                @Override
                public String toString() {
                    return TYPE + "[" + {{noun}}Id + " at " + occurredAt + "]";
                }""", "noun", variable)));
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }
}
