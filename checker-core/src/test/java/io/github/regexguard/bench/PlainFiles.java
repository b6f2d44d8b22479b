package io.github.regexguard.bench;

import io.github.regexguard.bench.LogicSnippets.Scope;
import java.util.List;

/** Files with no database query: services, controllers, API records, validators and utility classes. */
final class PlainFiles {

    private static final String LOGGER = "private static final Logger LOG = LoggerFactory.getLogger({{Type}}.class);";
    private static final String[] LOGGER_IMPORTS = {"org.slf4j.Logger", "org.slf4j.LoggerFactory"};

    private PlainFiles() {
    }

    static JavaFile service(String packageName, String type, String noun, String moduleName, int targetLines,
            Naming naming) {
        String[] tokens = {"Type", type, "Noun", noun, "noun", Template.lowerFirst(noun), "module", moduleName};
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * {{Noun}} operations of the {{module}} module.
                 */
                @Service
                public class {{Type}} {""", tokens), List.of("org.springframework.stereotype.Service"));
        file.addConstant(Template.fill(LOGGER, tokens), LOGGER_IMPORTS);
        file.add(Member.of(Template.fill("""
                private final Clock clock;
                private final ApplicationEventPublisher events;

                public {{Type}}(Clock clock, ApplicationEventPublisher events) {
                    this.clock = clock;
                    this.events = events;
                }""", tokens), "java.time.Clock", "org.springframework.context.ApplicationEventPublisher"));
        file.add(Member.of(Template.fill("""
                /**
                 * Marks the {{noun}} as processed and tells the rest of the system.
                 */
                public void markProcessed(String {{noun}}Id) {
                    Instant now = clock.instant();
                    LOG.info("{{noun}} {} processed at {}", {{noun}}Id, now);
                    events.publishEvent(Map.of("type", "{{noun}}.processed", "id", {{noun}}Id, "at", now.toString()));
                }""", tokens), "java.time.Instant", "java.util.Map"));
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }

    static JavaFile controller(String packageName, String type, String serviceType, String servicePackage,
            String noun, String slug, int targetLines, Naming naming) {
        String[] tokens = {"Type", type, "Service", serviceType, "noun", Template.lowerFirst(noun), "slug", slug};
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * HTTP endpoints for {{noun}}s.
                 */
                @RestController
                @RequestMapping("/api/{{slug}}/{{noun}}s")
                public class {{Type}} {""", tokens), List.of(
                servicePackage + "." + serviceType,
                "org.springframework.web.bind.annotation.RequestMapping",
                "org.springframework.web.bind.annotation.RestController"));
        file.addConstant(Template.fill(LOGGER, tokens), LOGGER_IMPORTS);
        file.add(Member.of(Template.fill("""
                private final {{Service}} service;

                public {{Type}}({{Service}} service) {
                    this.service = service;
                }""", tokens)));
        ControllerEndpoints.all(tokens).forEach(file::add);
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_FIELD);
        return file;
    }

    static JavaFile viewRecord(String packageName, String type, String noun, int targetLines, Naming naming) {
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * What the API returns for a {{noun}}.
                 */
                public record {{Type}}(String id, String status, long amountCents, List<String> tags) {""",
                "Type", type, "noun", Template.lowerFirst(noun)), List.of("java.util.List"));
        file.addConstant("private static final int MAX_TAGS = 20;");
        file.add(Member.of(Template.fill("""
                public {{Type}} {
                    tags = tags == null ? List.of() : List.copyOf(tags.subList(0, Math.min(tags.size(), MAX_TAGS)));
                }""", "Type", type)));
        Filler.fill(file, targetLines, naming, Scope.INSTANCE_METHOD);
        return file;
    }

    /** Regexes used for validation only: look-alikes that must not be reported as queries. */
    static JavaFile validator(String packageName, String type, String noun, int targetLines, Naming naming,
            ShapeTally tally) {
        String[] tokens = {"Type", type, "noun", Template.lowerFirst(noun)};
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * Input checks for {{noun}} forms; they run on request data, before anything reaches a database.
                 */
                public final class {{Type}} {""", tokens), List.of("java.util.regex.Pattern"));
        file.addConstant("private static final Pattern PHONE = Pattern.compile(\"^[+]?[0-9 ()-]{7,20}$\");");
        file.add(Member.of(Template.fill("""
                private {{Type}}() {
                }""", tokens)));
        file.add(Member.of("""
                public static boolean isValidEmail(String email) {
                    return email != null && email.matches("^[a-z0-9._%+-]+@[a-z0-9.-]+[.][a-z]{2,}$");
                }

                public static boolean isValidUsername(String username) {
                    return username != null && username.matches("^[a-z][a-z0-9_]{2,31}$");
                }"""));
        tally.add(QueryShape.LOOKALIKE_STRING_MATCHES, 2);
        file.add(Member.of("""
                public static boolean isValidPhone(String phone) {
                    return phone != null && PHONE.matcher(phone).matches();
                }

                public static boolean isValidCode(String code) {
                    return Pattern.compile("^[A-Z]{2}[0-9]{4,8}$", Pattern.CASE_INSENSITIVE).matcher(code).matches();
                }"""));
        tally.add(QueryShape.LOOKALIKE_PATTERN_MATCHER, 2);
        Filler.fill(file, targetLines, naming, Scope.STATIC);
        return file;
    }

    static JavaFile utility(String packageName, String type, String noun, String moduleName, int targetLines,
            Naming naming) {
        String[] tokens = {"Type", type, "noun", Template.lowerFirst(noun), "module", moduleName};
        JavaFile file = new JavaFile(packageName, type, Template.fill("""
                /**
                 * Helpers for {{noun}} data, shared by the {{module}} module.
                 */
                public final class {{Type}} {""", tokens), List.of());
        file.addConstant(LogicSnippets.constant(naming));
        file.add(Member.of(Template.fill("""
                private {{Type}}() {
                }""", tokens)));
        Filler.fill(file, targetLines, naming, Scope.STATIC);
        return file;
    }
}
