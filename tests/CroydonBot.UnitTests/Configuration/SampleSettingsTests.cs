using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Configuration;

/// <summary>
/// appsettings.sample.json claims to hold every setting: each options class's properties (the classes with a
/// Section constant, bound with BindConfiguration), no key that nothing reads, and values the real container
/// binds to the right property.
/// </summary>
public sealed class SampleSettingsTests
{
    private static readonly string SamplePath = RepositoryPaths.Combine("appsettings.sample.json");

    /// <summary>Sections the host reads itself (ASP.NET Core's addresses and logging), not an options class of ours.</summary>
    private static readonly string[] HostSections = ["Urls", "Logging"];

    public static TheoryData<Type> OptionsTypes() => [.. OptionsClasses()];

    [Fact]
    public void EveryOptionsPropertyHasItsKeyInTheSample()
    {
        var sample = SampleKeys();

        var missing = ExpectedKeys().Where(key => !sample.Contains(key)).ToList();
        Assert.True(missing.Count == 0, "Missing from appsettings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryKeyInTheSampleIsReadByAnOptionsClassOrTheHost()
    {
        var expected = ExpectedKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unread = SampleKeys().Where(key => !expected.Contains(key) && !HostSections.Any(h => key == h || key.StartsWith(h + ":", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(unread.Count == 0, "Read by nothing: " + string.Join(", ", unread));
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public async Task TheRealContainerBindsTheSampleIntoItsOptions(Type options)
    {
        var sample = new ConfigurationBuilder().AddJsonFile(SamplePath).Build();
        var args = sample.AsEnumerable().Where(kv => kv.Value is not null).Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        await using var app = CroydonBotApp.Build(args);

        var bound = ((IOptions<object>)Activator.CreateInstance(typeof(Unwrapped<>).MakeGenericType(options), app.Services)!).Value;

        foreach (var (key, property, owner) in Scalars(bound, Section(options)))
        {
            var expected = sample[key];
            var actual = property.GetValue(owner);
            Assert.True(SameValue(property.PropertyType, expected, actual), $"{key}: the sample says \"{expected}\", the container bound \"{actual}\"");
        }
    }

    [Fact]
    public async Task BotFrameworkKeysAreReadFromTheConfigurationRoot()
    {
        await using var app = CroydonBotApp.Build(["--MicrosoftAppTenantId=tenant-from-root", "--ToBotFromChannelTokenIssuer=https://issuer.test"]);

        Assert.Equal("tenant-from-root", app.Services.GetRequiredService<IOptions<BotOptions>>().Value.MicrosoftAppTenantId);
        Assert.Equal("https://issuer.test", app.Services.GetRequiredService<IOptions<ChannelAuthOptions>>().Value.ToBotFromChannelTokenIssuer);
    }

    private static IEnumerable<Type> OptionsClasses() =>
        typeof(IBot).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsNested && t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static string Section(Type options) => (string)options.GetField("Section")!.GetRawConstantValue()!;

    private static string Join(string section, string name) => section.Length == 0 ? name : section + ":" + name;

    /// <summary>The keys the options classes read: one per settable property, nested settings classes followed.</summary>
    private static IEnumerable<string> ExpectedKeys() =>
        OptionsClasses().SelectMany(t => KeysOf(t, Section(t)));

    private static IEnumerable<string> KeysOf(Type type, string section) =>
        Settable(type).SelectMany(p => IsSettingsClass(p.PropertyType)
            ? KeysOf(p.PropertyType, Join(section, p.Name))
            : [Join(section, p.Name)]);

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static bool IsSettingsClass(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>Every leaf of the sample: scalars, and arrays as a whole (their items are values, not keys).</summary>
    private static HashSet<string> SampleKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SamplePath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Flatten(json.RootElement, "");
        return keys;

        void Flatten(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, Join(path, property.Name));
                }
                return;
            }
            keys.Add(path);
        }
    }

    private static IEnumerable<(string Key, PropertyInfo Property, object Owner)> Scalars(object owner, string section)
    {
        foreach (var property in Settable(owner.GetType()))
        {
            var key = Join(section, property.Name);
            if (IsSettingsClass(property.PropertyType))
            {
                foreach (var nested in Scalars(property.GetValue(owner)!, key))
                {
                    yield return nested;
                }
            }
            else if (!typeof(IEnumerable).IsAssignableFrom(property.PropertyType) || property.PropertyType == typeof(string))
            {
                yield return (key, property, owner);
            }
        }
    }

    private static bool SameValue(Type type, string? expected, object? actual)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return actual is null || actual as string == "";
        }
        var converter = TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type);
        return Equals(converter.ConvertFromInvariantString(expected), actual);
    }

    /// <summary>IOptions&lt;T&gt;.Value as object, so a test can ask for options whose type it only knows at run time.</summary>
    private sealed class Unwrapped<T>(IServiceProvider services) : IOptions<object> where T : class
    {
        public object Value => services.GetRequiredService<IOptions<T>>().Value;
    }
}
