using System.Reflection;
using System.Runtime.CompilerServices;

namespace CroydonBot.Hosting;

/// <summary>
/// JIT-compiles the matching code of every source-generated regular expression in the app once per process, at start-up,
/// before the app reports ready. Why: the app runs with tiered compilation off (round AD), so a method is compiled fully
/// optimised at its first call, and the ~290 generated patterns' matchers are large methods (long alternations unrolled
/// into code). Compiled lazily they were about half of all JIT work, spread over the first several thousand turns and
/// paid inside those turns (round AJ profile: 30% of the process's samples in the JIT a few thousand turns after start,
/// half of it under a generated matcher's first call). Compiling them here moves that work out of the turns; which
/// code runs, and so every reply, is unchanged.
/// </summary>
public static class GeneratedRegexPrecompiler
{
    // The namespace the regular-expression source generator puts its classes in (each pattern's Regex, runner factory and
    // runner, and the shared helpers).
    private const string GeneratedNamespace = "System.Text.RegularExpressions.Generated";

    private static readonly Lazy<Task<int>> s_once =
        new(() => Task.Run(() => Precompile(typeof(GeneratedRegexPrecompiler).Assembly)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts compiling on a pool thread the first time it is called in a process and returns that one task every time after:
    /// compiled code is shared by every host in the process (the integration tests start many), so only the first pays.
    /// </summary>
    public static Task<int> StartOnce() => s_once.Value;

    /// <summary>Compiles every non-generic method of the generated regular-expression classes in <paramref name="assembly"/>; returns how many were compiled (one the runtime refuses is left to its first call).</summary>
    public static int Precompile(Assembly assembly)
    {
        var compiled = 0;
        foreach (var type in GeneratedTypes(assembly))
        {
            foreach (var method in type.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (method.IsAbstract || method.ContainsGenericParameters)
                {
                    continue;
                }
                try
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                    compiled++;
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or BadImageFormatException or TypeLoadException)
                {
                    // Compiling early is only a speed-up: a method the runtime will not prepare ahead is compiled at its
                    // first call, as it was before, rather than stopping the app from starting.
                }
            }
        }
        return compiled;
    }

    /// <summary>The generator's classes in <paramref name="assembly"/>, nested ones included (a nested type reports its outermost namespace).</summary>
    public static IEnumerable<Type> GeneratedTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.Namespace == GeneratedNamespace && !t.ContainsGenericParameters);
}
