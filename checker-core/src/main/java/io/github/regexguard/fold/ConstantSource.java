package io.github.regexguard.fold;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import java.util.Optional;

/** Where constants declared in other files are found: the project model, or nothing. */
public interface ConstantSource {

  ConstantSource NONE =
      new ConstantSource() {
        @Override
        public Optional<Expression> typeConstant(CompilationUnit from, String type, String field) {
          return Optional.empty();
        }

        @Override
        public Optional<Expression> staticImport(CompilationUnit from, String field) {
          return Optional.empty();
        }
      };

  /**
   * The initializer of the constant {@code type.field}, where {@code type} is a simple or
   * qualified type name as written in {@code from}.
   */
  Optional<Expression> typeConstant(CompilationUnit from, String type, String field);

  /** The initializer of the constant that {@code from} imports statically as {@code field}. */
  Optional<Expression> staticImport(CompilationUnit from, String field);

  /**
   * The initializer of the constant {@code field} that a type declared in {@code from} inherits
   * from a supertype declared in another file (an interface of constants, a base class).
   */
  default Optional<Expression> inheritedConstant(CompilationUnit from, String field) {
    return Optional.empty();
  }

  /** The declaration of the type {@code type} (as written in {@code from}) in another file of the tree. */
  default Optional<TypeDeclaration<?>> type(CompilationUnit from, String type) {
    return Optional.empty();
  }
}
