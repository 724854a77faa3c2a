using System.Reflection;
using NetArchTest.Rules;

namespace CroydonBot.UnitTests.Architecture;

/// <summary>
/// The folders of src/CroydonBot form a one-way path (Folders.Layers): a type that reaches into a folder
/// beside or above its own fails here, named with what it uses. There is no list of exceptions.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly Types Loaded = Types.InAssembly(Folders.Assembly);

    public static TheoryData<string> EveryFolder() => [.. Folders.All];

    [Theory]
    [MemberData(nameof(EveryFolder))]
    public void AFolderUsesOnlyTheLayersBelowIt(string folder)
    {
        var forbidden = Folders.NotBelow(folder).SelectMany(Folders.DependencyNames).ToArray();

        AssertNoType(folder, forbidden, $"{folder} may use only {string.Join(", ", BelowOf(folder))}");
    }

    [Fact]
    public void EveryFolderOfTheAppHasItsPlaceInTheLayers()
    {
        var folders = Folders.Assembly.GetTypes().Select(Folders.Of).OfType<string>().Distinct();

        Assert.Empty(folders.Except(Folders.All));
    }

    [Theory]
    [InlineData("Pipeline", "Safety")]
    [InlineData("Pages", "Staff")]
    [InlineData(Folders.App, "Pipeline")]
    [InlineData(Folders.Program, Folders.App)]
    [InlineData("Cli", Folders.App)]
    public void TheRuleSeesEdgesThatExist(string from, string to)
    {
        var users = Loaded.That().ResideInNamespaceMatching(Folders.NamespacePattern(from))
            .And().HaveDependencyOnAny(Folders.DependencyNames(to))
            .GetTypes();

        Assert.NotEmpty(users);
    }

    [Fact]
    public void ProtocolIsALeafOfActivityRecordsAndJson() =>
        AssertNoType("Protocol", [.. Folders.All.Where(f => f != "Protocol").SelectMany(Folders.DependencyNames)], "Protocol uses no other folder");

    [Fact]
    public void KnowledgeKnowsNothingOfRepliesBotStorageOrProtocol() =>
        AssertNoType("Knowledge", ["CroydonBot.Replies", "CroydonBot.Bot", "CroydonBot.Storage", "CroydonBot.Protocol"], "Knowledge answers questions without knowing who renders, runs or stores them");

    [Fact]
    public void StorageKnowsNothingOfBotRepliesKnowledgeOrSafety() =>
        AssertNoType("Storage", ["CroydonBot.Bot", "CroydonBot.Replies", "CroydonBot.Knowledge", "CroydonBot.Safety"], "Storage stores rows and JSON");

    [Theory]
    [InlineData("Pages")]
    [InlineData("Staff")]
    public void TheStaffAreaReachesKnowledgeOnlyThroughItsInterfaces(string folder)
    {
        // What a Knowledge interface takes or hands out (passages and their documents) may be read too.
        var allowed = HandedOutByInterfaces();
        var forbidden = Folders.Assembly.GetTypes()
            .Where(t => t.Namespace == "CroydonBot.Knowledge" && !t.IsNested && !allowed.Contains(t))
            .Select(t => t.FullName!)
            .ToArray();

        AssertNoType(folder, forbidden, $"{folder} uses Knowledge through {string.Join(", ", allowed.Where(t => t.IsInterface).Select(t => t.Name))}");
    }

    private static void AssertNoType(string folder, string[] forbidden, string rule)
    {
        var result = Loaded.That().ResideInNamespaceMatching(Folders.NamespacePattern(folder))
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        var backward = (result.FailingTypes ?? []).Select(t => $"{t.FullName}: {t.Explanation}");
        Assert.True(result.IsSuccessful, $"Backward edge from {folder} ({rule}):\n  " + string.Join("\n  ", backward));
    }

    private static IEnumerable<string> BelowOf(string folder) =>
        Folders.Layers.Take(Folders.LayerOf(folder)).SelectMany(l => l).DefaultIfEmpty("no other folder");

    /// <summary>Knowledge's interfaces and, transitively, the Knowledge types in their signatures and those types' public properties.</summary>
    private static HashSet<Type> HandedOutByInterfaces()
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>(Folders.Assembly.GetTypes().Where(t => t.IsInterface && t.Namespace == "CroydonBot.Knowledge"));
        while (queue.TryDequeue(out var type))
        {
            if (type.Namespace != "CroydonBot.Knowledge" || !found.Add(type))
            {
                continue;
            }
            var members = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType));
            foreach (var used in members.SelectMany(Unwrap))
            {
                queue.Enqueue(used);
            }
        }
        return found;
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap)
        : [type];
}
