package io.github.regexguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One service module, package {@code com.acme.<name>}: its identity entities and the business
 * nouns its services are about. Its {@link Naming} keeps type names unique within the module.
 */
final class Module {

    static final int MONGO_ENTITIES = 2;
    static final int SERVICES = 14;

    private final String name;
    private final List<Party> mongoParties;
    private final Party jpaParty;
    private final List<String> serviceNouns;
    private final Naming types;

    private Module(String name, List<Party> mongoParties, Party jpaParty, List<String> serviceNouns, Naming types) {
        this.name = name;
        this.mongoParties = mongoParties;
        this.jpaParty = jpaParty;
        this.serviceNouns = serviceNouns;
        this.types = types;
    }

    static Module create(int index, Random random) {
        String name = moduleName(index);
        String domain = "com.acme." + name + ".domain";
        List<String> parties = shuffled(Vocabulary.PARTY_NOUNS, random);
        List<Party> mongoParties = parties.subList(0, MONGO_ENTITIES).stream()
                .map(type -> new Party(type, domain))
                .toList();
        Party jpaParty = new Party(parties.get(MONGO_ENTITIES), domain);
        List<String> serviceNouns = shuffled(Vocabulary.BUSINESS_NOUNS, random).subList(0, SERVICES);
        return new Module(name, mongoParties, jpaParty, List.copyOf(serviceNouns), new Naming(random));
    }

    /** {@code billing}, ..., then {@code billing.core}, ..., {@code billing.core2} once all pairs are used. */
    private static String moduleName(int index) {
        int bases = Vocabulary.MODULES.size();
        String base = Vocabulary.MODULES.get(index % bases);
        int round = index / bases;
        if (round == 0) {
            return base;
        }
        int qualifiers = Vocabulary.SUBMODULES.size();
        int generation = (round - 1) / qualifiers;
        return base + "." + Vocabulary.SUBMODULES.get((round - 1) % qualifiers) + (generation == 0 ? "" : generation + 1);
    }

    private static List<String> shuffled(List<String> words, Random random) {
        List<String> copy = new ArrayList<>(words);
        Collections.shuffle(copy, random);
        return copy;
    }

    String name() {
        return name;
    }

    /** URL path segment: {@code billing/core}. */
    String slug() {
        return name.replace('.', '/');
    }

    String packageName(String layer) {
        return "com.acme." + name + "." + layer;
    }

    Party mongoParty(int index) {
        return mongoParties.get(index % mongoParties.size());
    }

    Party jpaParty() {
        return jpaParty;
    }

    String serviceNoun(int index) {
        return serviceNouns.get(index % serviceNouns.size());
    }

    /** A type name not yet used in this module. */
    String uniqueType(String name) {
        return types.unique(name);
    }
}
