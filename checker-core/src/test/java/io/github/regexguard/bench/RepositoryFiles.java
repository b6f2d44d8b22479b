package io.github.regexguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Spring Data repository interfaces: derived queries, one {@code @Query}, and clean filler queries. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static JavaFile mongoRepository(String packageName, String type, Party party, List<QueryShape> shapes,
            int targetLines, Random random, ShapeTally tally) {
        JavaFile file = new JavaFile(packageName, type, party.fill(Template.fill("""
                /**
                 * Spring Data access to {@link {{Entity}}} documents.
                 */
                public interface {{Type}} extends MongoRepository<{{Entity}}, String> {""", "Type", type)),
                List.of(party.qualifiedName(), "org.springframework.data.mongodb.repository.MongoRepository"));
        return fill(file, party, shapes, targetLines, random, tally);
    }

    static JavaFile jpaRepository(String packageName, String type, Party party, List<QueryShape> shapes,
            int targetLines, Random random, ShapeTally tally) {
        JavaFile file = new JavaFile(packageName, type, party.fill(Template.fill("""
                /**
                 * Spring Data JPA access to the {@code {{entities}}} table.
                 */
                public interface {{Type}} extends JpaRepository<{{Entity}}, Long> {""", "Type", type)),
                List.of(party.qualifiedName(), "org.springframework.data.jpa.repository.JpaRepository"));
        return fill(file, party, shapes, targetLines, random, tally);
    }

    /** Interfaces are not padded: they end near, not at, the target size. */
    private static JavaFile fill(JavaFile file, Party party, List<QueryShape> shapes, int targetLines, Random random,
            ShapeTally tally) {
        Naming naming = new Naming(random);
        for (QueryShape shape : shapes) {
            file.add(QuerySnippets.write(shape, party, naming));
            tally.add(shape);
        }
        for (int index : shuffledIndexes(QuerySnippets.derivedOtherCount(), random)) {
            Member member = QuerySnippets.derivedOther(index, party);
            if (file.costOf(member) <= file.remainingTo(targetLines)) {
                file.add(member);
                tally.add(QueryShape.SPRING_DERIVED_OTHER);
            }
        }
        return file;
    }

    private static List<Integer> shuffledIndexes(int size, Random random) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        return indexes;
    }
}
