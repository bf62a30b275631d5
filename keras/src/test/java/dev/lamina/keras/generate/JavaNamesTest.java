package dev.lamina.keras.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaNamesTest {
  @Test
  void kerasNamesBecomeLowerCamelCaseIdentifiers() {
    assertEquals(List.of("conv2d", "conv2d1", "maxPooling2d", "block1Conv", "layer1x1", "finalLayer", "summaryLayer",
        "layer"), JavaNames.methodNames(List.of("conv2d", "conv2d_1", "max_pooling2d", "Block1-Conv", "1x1", "final",
        "summary", "__")));
  }

  @Test
  void repeatsGetNumbers() {
    assertEquals(List.of("dense", "dense2", "dense3"), JavaNames.methodNames(List.of("dense", "Dense", "dense_")));
  }

  /** The generated class implements Model: a layer method named like one of its no-argument methods would clash. */
  @Test
  void everyNoArgumentMethodOfModelIsReserved() {
    for (Method m : Model.class.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
        assertTrue(JavaNames.RESERVED.contains(m.getName()), m.getName() + " is not reserved");
      }
    }
  }

  @Test
  void literalsReadAsWritten() {
    assertEquals("1e-5", JavaLiterals.doubleLiteral(1e-5));
    assertEquals("0.001", JavaLiterals.doubleLiteral(0.001));
    assertEquals("0.25", JavaLiterals.doubleLiteral(0.25));
    assertEquals("590", JavaLiterals.longLiteral(590));
    assertEquals("9_569", JavaLiterals.longLiteral(9_569));
    assertEquals("158_106", JavaLiterals.longLiteral(158_106));
    assertEquals("1_234_567", JavaLiterals.longLiteral(1_234_567));
  }
}
