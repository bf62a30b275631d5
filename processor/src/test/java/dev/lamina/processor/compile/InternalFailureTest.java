package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.lamina.processor.NetworkProcessor;
import dev.lamina.processor.testing.Networks;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A bug inside the processor becomes one error on the network being processed, never an exception in
 * the compiler. The bug is provoked from outside: the processor runs with type utilities whose
 * {@code isSameType} throws.
 */
class InternalFailureTest {

  @Test
  void anExceptionBecomesOneErrorPerNetwork() {
    JavaFileObject first = Networks.source("First", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface First {
          @Flatten FlattenLayer flatten();
        }
        """);
    JavaFileObject second = Networks.source("Second", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Second {
          @Flatten FlattenLayer flatten();
        }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new FailingTypes()).compile(first, second);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[LaminaInternal] Lamina's processor failed on test.First: "
        + "java.lang.IllegalStateException: provoked. This is a bug in Lamina; please report it with this trace:")
        .inFile(first).onLine(Networks.line(first, "interface First"));
    assertThat(compilation).hadErrorContaining("[LaminaInternal] Lamina's processor failed on test.Second")
        .inFile(second).onLine(Networks.line(second, "interface Second"));
    assertThat(compilation.errors().get(0).getMessage(null)).contains("at dev.lamina.processor.");
  }

  /** {@link NetworkProcessor} with a {@link Types} whose {@code isSameType} throws. */
  private static final class FailingTypes extends AbstractProcessor {
    private final NetworkProcessor delegate = new NetworkProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Types failing = proxy(Types.class, env.getTypeUtils(), "isSameType");
      delegate.init(proxy(ProcessingEnvironment.class, env, null, failing));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    private static <T> T proxy(Class<T> type, T target, String failing) {
      return proxy(type, target, failing, null);
    }

    /** Delegates to {@code target}; {@code failing} throws; {@code getTypeUtils} returns {@code types} when set. */
    private static <T> T proxy(Class<T> type, T target, String failing, Types types) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
        if (method.getName().equals(failing)) {
          throw new IllegalStateException("provoked");
        }
        if (types != null && method.getName().equals("getTypeUtils")) {
          return types;
        }
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }
  }
}
