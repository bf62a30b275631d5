package dev.lamina.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ExclusiveUseTest {
  private final ExclusiveUse use = new ExclusiveUse("Net");

  private static Throwable inOtherThread(Runnable action) throws InterruptedException {
    try {
      CompletableFuture.runAsync(action).get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  @Test
  void anotherThreadIsRefusedUntilTheOwnerHasLeftEveryNestedEntry() throws Exception {
    use.enter();
    use.enter();
    use.exit();
    Throwable refused = inOtherThread(use::enter);
    assertEquals(ConcurrentModificationException.class, refused.getClass());
    use.exit();
    assertEquals(null, inOtherThread(() -> {
      use.enter();
      use.exit();
    }));
  }

  @Test
  void exitWithoutEnterIsABug() throws Exception {
    IllegalStateException e = assertThrows(IllegalStateException.class, use::exit);
    assertEquals("Net: exit() by a thread that did not enter", e.getMessage());
    use.enter();
    assertEquals(IllegalStateException.class, inOtherThread(use::exit).getClass());
  }
}
