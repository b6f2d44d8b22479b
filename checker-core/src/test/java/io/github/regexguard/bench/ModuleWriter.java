package io.github.regexguard.bench;

import io.github.regexguard.bench.QueryShape.Family;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes the files of one {@link Module}, choosing each file's names and, for DAOs and repositories, its queries. */
final class ModuleWriter {

    private static final List<String> MONGO_DAO_SUFFIXES = List.of("Dao", "SearchDao", "AdminDao");
    private static final List<String> JDBC_DAO_SUFFIXES = List.of("JdbcDao", "ReportDao");

    private final Module module;
    private final Random random;
    private final QueryDecks decks;
    private final ShapeTally tally;
    private final Map<FileKind, Integer> written = new EnumMap<>(FileKind.class);

    ModuleWriter(Module module, Random random, QueryDecks decks, ShapeTally tally) {
        this.module = module;
        this.random = random;
        this.decks = decks;
        this.tally = tally;
    }

    SourceFile write(FileKind kind, int targetLines) {
        int ordinal = written.merge(kind, 1, Integer::sum) - 1;
        JavaFile file = javaFile(kind, ordinal, targetLines, new Naming(random));
        return new SourceFile(file.relativePath(), file.render(), kind);
    }

    private JavaFile javaFile(FileKind kind, int ordinal, int target, Naming naming) {
        String pkg = module.packageName(kind.layer());
        return switch (kind) {
            case MONGO_ENTITY -> DomainFiles.mongoEntity(module.mongoParty(ordinal), target, naming);
            case JPA_ENTITY -> DomainFiles.jpaEntity(module.jpaParty(), target, naming);
            case VALUE_RECORD -> {
                String noun = naming.noun();
                String type = module.uniqueType(noun + naming.pick(Vocabulary.RECORD_SUFFIXES));
                yield DomainFiles.valueRecord(pkg, type, noun, target, naming);
            }
            case STATUS_ENUM -> {
                String noun = naming.noun();
                yield DomainFiles.statusEnum(pkg, module.uniqueType(noun + "Status"), noun, target, naming);
            }
            case DOMAIN_EVENT -> {
                String noun = naming.noun();
                String verb = naming.pick(Vocabulary.EVENT_VERBS);
                String type = module.uniqueType(noun + verb + "Event");
                yield DomainFiles.domainEvent(pkg, type, noun, verb, target, naming);
            }
            case MONGO_REPOSITORY -> {
                Party party = module.mongoParty(ordinal);
                String type = module.uniqueType(party.type() + "Repository");
                List<QueryShape> shapes = decks.deal(Family.MONGO_REPOSITORY, 3);
                yield RepositoryFiles.mongoRepository(pkg, type, party, shapes, target, random, tally);
            }
            case JPA_REPOSITORY -> {
                Party party = module.jpaParty();
                String type = module.uniqueType(party.type() + "Repository");
                List<QueryShape> shapes = decks.deal(Family.JPA_REPOSITORY, 2);
                yield RepositoryFiles.jpaRepository(pkg, type, party, shapes, target, random, tally);
            }
            case MONGO_DAO -> {
                Party party = module.mongoParty(ordinal);
                String type = module.uniqueType(party.type() + suffix(MONGO_DAO_SUFFIXES, ordinal / 2));
                List<QueryShape> shapes = decks.deal(Family.MONGO_DAO, 4);
                yield DaoFiles.mongoDao(pkg, type, party, shapes, target, naming, tally);
            }
            case JDBC_DAO -> {
                Party party = module.jpaParty();
                String type = module.uniqueType(party.type() + suffix(JDBC_DAO_SUFFIXES, ordinal));
                List<QueryShape> shapes = decks.deal(Family.JDBC_DAO, 3);
                yield DaoFiles.jdbcDao(pkg, type, party, shapes, target, naming, tally);
            }
            case SERVICE -> {
                String noun = module.serviceNoun(ordinal);
                String type = module.uniqueType(noun + "Service");
                yield PlainFiles.service(pkg, type, noun, module.name(), target, naming);
            }
            case CONTROLLER -> {
                String noun = module.serviceNoun(ordinal);
                String type = module.uniqueType(noun + "Controller");
                yield PlainFiles.controller(pkg, type, noun + "Service", module.packageName("service"), noun,
                        module.slug(), target, naming);
            }
            case VIEW_RECORD -> {
                String noun = module.serviceNoun(ordinal);
                yield PlainFiles.viewRecord(pkg, module.uniqueType(noun + "View"), noun, target, naming);
            }
            case VALIDATOR -> {
                String noun = naming.noun();
                String type = module.uniqueType(noun + "Validator");
                yield PlainFiles.validator(pkg, type, noun, target, naming, tally);
            }
            case UTILITY -> {
                String noun = naming.noun();
                String type = module.uniqueType(noun + naming.pick(Vocabulary.UTIL_SUFFIXES));
                yield PlainFiles.utility(pkg, type, noun, module.name(), target, naming);
            }
        };
    }

    private static String suffix(List<String> suffixes, int ordinal) {
        return suffixes.get(ordinal % suffixes.size());
    }
}
