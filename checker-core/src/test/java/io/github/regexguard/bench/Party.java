package io.github.regexguard.bench;

/**
 * A person or organisation type stored with identity fields (e-mail, user name, login).
 *
 * @param type the entity class name, e.g. {@code Customer}
 * @param packageName the domain package that declares it
 */
record Party(String type, String packageName) {

    String variable() {
        return Template.lowerFirst(type);
    }

    /** Collection, table and collection-field name: {@code customers}. */
    String plural() {
        return variable() + "s";
    }

    String qualifiedName() {
        return packageName + "." + type;
    }

    /** Fills {@code {{Entity}}}, {@code {{entity}}} and {@code {{entities}}}. */
    String fill(String text) {
        return Template.fill(text, "Entity", type, "entity", variable(), "entities", plural());
    }
}
