package io.github.regexguard.bench;

import java.util.ArrayList;
import java.util.List;

/** Getter and setter members for plain fields. */
final class Accessors {

    private Accessors() {
    }

    /** @param fields alternating type and field name */
    static List<Member> getters(String... fields) {
        return accessors(false, fields);
    }

    /** @param fields alternating type and field name */
    static List<Member> gettersAndSetters(String... fields) {
        return accessors(true, fields);
    }

    private static List<Member> accessors(boolean withSetters, String... fields) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            String type = fields[i];
            String field = fields[i + 1];
            String property = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            members.add(Member.of(Template.fill("""
                    public {{type}} get{{Property}}() {
                        return {{field}};
                    }""", "type", type, "Property", property, "field", field)));
            if (withSetters) {
                members.add(Member.of(Template.fill("""
                        public void set{{Property}}({{type}} {{field}}) {
                            this.{{field}} = {{field}};
                        }""", "type", type, "Property", property, "field", field)));
            }
        }
        return members;
    }
}
