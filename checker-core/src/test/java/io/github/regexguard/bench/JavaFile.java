package io.github.regexguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Builds one compilation unit: package, sorted imports, a type header (javadoc, annotations,
 * declaration line), a group of constants, then members separated by blank lines. It knows its
 * line count at every step, so generators can fill it to an exact size.
 */
final class JavaFile {

    private static final String INDENT = "    ";

    private final String packageName;
    private final String typeName;
    private final List<String> header;
    private final TreeSet<String> imports = new TreeSet<>();
    private final List<String> constants = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private int memberLines;

    /** @param header everything from the type's javadoc to its opening brace */
    JavaFile(String packageName, String typeName, String header, List<String> imports) {
        this.packageName = packageName;
        this.typeName = typeName;
        this.header = header.lines().toList();
        this.imports.addAll(imports);
    }

    /** Where the file goes under the corpus root, Maven layout. */
    String relativePath() {
        return "src/main/java/" + packageName.replace('.', '/') + "/" + typeName + ".java";
    }

    JavaFile addConstant(String line, String... neededImports) {
        constants.add(line);
        imports.addAll(List.of(neededImports));
        return this;
    }

    JavaFile add(Member member) {
        members.add(member);
        memberLines += member.lines().size() + 1;
        imports.addAll(member.imports());
        return this;
    }

    /** Lines {@link #add} would add for this member, counting new imports. */
    int costOf(Member member) {
        long newImports = member.imports().stream().distinct().filter(i -> !imports.contains(i)).count();
        int importBlock = imports.isEmpty() && newImports > 0 ? 1 : 0;
        return member.lines().size() + 1 + (int) newImports + importBlock;
    }

    int remainingTo(int target) {
        return target - lineCount();
    }

    /**
     * Adds constants until the file has {@code target} lines. Each constant costs one line once the
     * constants group exists; opening the group costs a blank line too.
     */
    void padTo(int target, Supplier<String> constant) {
        while (remainingTo(target) >= (constants.isEmpty() ? 2 : 1)) {
            constants.add(constant.get());
        }
    }

    int lineCount() {
        int importLines = imports.isEmpty() ? 0 : imports.size() + 1;
        int constantLines = constants.isEmpty() ? 0 : constants.size() + 1;
        return 2 + importLines + header.size() + constantLines + memberLines + 1;
    }

    String render() {
        StringBuilder out = new StringBuilder(lineCount() * 48);
        out.append("package ").append(packageName).append(";\n\n");
        for (String name : imports) {
            out.append("import ").append(name).append(";\n");
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        header.forEach(line -> out.append(line).append('\n'));
        if (!constants.isEmpty()) {
            out.append('\n');
            constants.forEach(line -> out.append(INDENT).append(line).append('\n'));
        }
        for (Member member : members) {
            out.append('\n');
            for (String line : member.lines()) {
                out.append(line.isEmpty() ? "" : INDENT).append(line).append('\n');
            }
        }
        return out.append("}\n").toString();
    }
}
