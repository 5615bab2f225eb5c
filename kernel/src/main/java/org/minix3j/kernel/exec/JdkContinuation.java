package org.minix3j.kernel.exec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Access to the JDK's internal one-shot delimited continuation, {@code
 * jdk.internal.vm.Continuation}, without compiling against it ({@code --release 21} forbids
 * that).
 *
 * <p>The constructor and the methods {@code run()}, {@code isDone()} and static {@code
 * yield(scope)} are resolved once, when this class initialises, into static final method
 * handles, which the JIT inlines like direct calls. The package must be exported to this code
 * at run time: {@value #REQUIRED_FLAG}. Without it {@link #AVAILABILITY} says so and the handles
 * throw {@link IllegalStateException} with that reason.
 */
final class JdkContinuation {
  /** The java option that makes the JDK continuation reachable. */
  static final String REQUIRED_FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

  private static final String PACKAGE = "jdk.internal.vm";

  /** Whether the handles work, with the reason if not. */
  static final Availability AVAILABILITY;

  /** {@code new Continuation(scope, target)}: (Object scope, Runnable target) -> Object. */
  private static final MethodHandle NEW;

  /** {@code continuation.run()}: (Object) -> void. */
  private static final MethodHandle RUN;

  /** {@code continuation.isDone()}: (Object) -> boolean. */
  private static final MethodHandle IS_DONE;

  /** {@code Continuation.yield(scope)}: (Object scope) -> boolean. */
  private static final MethodHandle YIELD;

  /** The one scope all coroutines yield to; they never nest, so one is enough. */
  private static final Object SCOPE;

  static {
    Resolved resolved = resolve();
    AVAILABILITY = resolved.availability();
    NEW = resolved.newContinuation();
    RUN = resolved.run();
    IS_DONE = resolved.isDone();
    YIELD = resolved.yield();
    SCOPE = resolved.scope();
  }

  private JdkContinuation() {}

  /** A new continuation that will run {@code target}; nothing runs yet. */
  static Object create(Runnable target) {
    try {
      return (Object) NEW.invokeExact(SCOPE, target);
    } catch (Throwable t) {
      throw unchecked(t);
    }
  }

  /** Runs {@code continuation} until it yields or ends; what it throws comes out here. */
  static void run(Object continuation) throws Throwable {
    RUN.invokeExact(continuation);
  }

  /** Whether {@code continuation} has ended. */
  static boolean isDone(Object continuation) {
    try {
      return (boolean) IS_DONE.invokeExact(continuation);
    } catch (Throwable t) {
      throw unchecked(t);
    }
  }

  /**
   * Yields the running continuation. Returns true once resumed; false, or {@link
   * IllegalStateException} ("Pinned: NATIVE", "Pinned: MONITOR", ...) if it could not yield.
   */
  static boolean yieldScope() {
    try {
      return (boolean) YIELD.invokeExact(SCOPE);
    } catch (Throwable t) {
      throw unchecked(t);
    }
  }

  static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException runtime) {
      return runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(t);
  }

  private record Resolved(
      Availability availability,
      MethodHandle newContinuation,
      MethodHandle run,
      MethodHandle isDone,
      MethodHandle yield,
      Object scope) {}

  private static Resolved resolve() {
    MethodType newType = MethodType.methodType(Object.class, Object.class, Runnable.class);
    MethodType runType = MethodType.methodType(void.class, Object.class);
    MethodType testType = MethodType.methodType(boolean.class, Object.class);
    try {
      Class<?> continuation = Class.forName(PACKAGE + ".Continuation");
      Class<?> scopeClass = Class.forName(PACKAGE + ".ContinuationScope");
      if (!continuation.getModule().isExported(PACKAGE, JdkContinuation.class.getModule())) {
        return unavailable(
            PACKAGE + " is not exported to this code; start java with " + REQUIRED_FLAG,
            newType,
            runType,
            testType);
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle makeScope =
          lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class));
      Object scope = (Object) makeScope.asType(MethodType.methodType(Object.class, String.class))
          .invokeExact("minix3j");
      return new Resolved(
          Availability.yes(),
          lookup
              .findConstructor(
                  continuation, MethodType.methodType(void.class, scopeClass, Runnable.class))
              .asType(newType),
          lookup
              .findVirtual(continuation, "run", MethodType.methodType(void.class))
              .asType(runType),
          lookup
              .findVirtual(continuation, "isDone", MethodType.methodType(boolean.class))
              .asType(testType),
          lookup
              .findStatic(continuation, "yield", MethodType.methodType(boolean.class, scopeClass))
              .asType(testType),
          scope);
    } catch (Throwable t) {
      return unavailable(
          "the JDK continuation cannot be reached (" + t + "); it needs " + REQUIRED_FLAG,
          newType,
          runType,
          testType);
    }
  }

  private static Resolved unavailable(
      String reason, MethodType newType, MethodType runType, MethodType testType) {
    return new Resolved(
        Availability.no(reason),
        refusing(reason, newType),
        refusing(reason, runType),
        refusing(reason, testType),
        refusing(reason, testType),
        new Object());
  }

  /** A handle of {@code type} that throws {@link IllegalStateException} with {@code reason}. */
  private static MethodHandle refusing(String reason, MethodType type) {
    MethodHandle thrower =
        MethodHandles.throwException(type.returnType(), IllegalStateException.class)
            .bindTo(new IllegalStateException(reason));
    return MethodHandles.dropArguments(thrower, 0, type.parameterList());
  }
}
