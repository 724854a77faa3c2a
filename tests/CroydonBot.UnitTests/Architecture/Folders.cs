using System.Text.RegularExpressions;
using CroydonBot.Bot;

namespace CroydonBot.UnitTests.Architecture;

/// <summary>
/// The dependency rule of src/CroydonBot: its folders in layers, from the bottom up. A folder may use the
/// folders of the layers below its own, never one beside or above it: that would be a backward edge, and
/// enough of them tie every folder to every other. scripts/folder-graph.sh prints the edges as they are.
/// </summary>
public static class Folders
{
    /// <summary>The folder the top-level statements of Program.cs compile into (the global namespace).</summary>
    public const string Program = "Program";

    /// <summary>The composition root: types directly in the CroydonBot namespace (CroydonBotApp).</summary>
    public const string App = "(app)";

    public static readonly IReadOnlyList<IReadOnlyList<string>> Layers =
    [
        // Leaves: activity records and JSON, settings and YAML reading, memo caches, plain words and sentences.
        ["Protocol", "Configuration", "Caching", "Text"],
        // What the bot records (rows and JSON) and what it knows (seeds/, the index, answers).
        ["Storage", "Knowledge"],
        // Replies: wording from dialogs/, reply activities, citations, small talk and out-of-scope matching.
        // How a follow-up is read against the conversation so far (uses Knowledge and Storage only).
        ["Replies", "Conversation"],
        // The turn machinery: adapter, turn context, the step interface, reply sinks and shapers.
        ["Bot"],
        // Turn steps and tools built on the machinery: safeguarding, cards, the in-process bot for eval;
        // hosting (ports, proxies, health checks, metrics), which reads Storage and Bot.
        // FeedbackReplies: the store and steps behind answering the young person (what the dialog and staff build on).
        ["Safety", "Cards", "Eval", "Hosting", "FeedbackReplies"],
        // Channels (/api/messages, connector, auth), dialogs, and the question log written after each turn.
        ["Channels", "Dialogs", "QuestionLog"],
        // The ordered pipeline of steps, Direct Line, and the staff area's services.
        // Alerts: e-mail to staff about flags and new feedback.
        ["Pipeline", "DirectLine", "Staff", "Alerts"],
        ["Pages", "WebChat"],
        [App],
        ["Cli"],
        [Program],
    ];

    public static IEnumerable<string> All => Layers.SelectMany(l => l);

    public static int LayerOf(string folder)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            if (Layers[i].Contains(folder))
            {
                return i;
            }
        }
        throw new ArgumentException($"{folder} is in no layer of {nameof(Folders)}.{nameof(Layers)}", nameof(folder));
    }

    /// <summary>The folders <paramref name="folder"/> must not use: itself excepted, those in its layer and above.</summary>
    public static IEnumerable<string> NotBelow(string folder) =>
        Layers.Skip(LayerOf(folder)).SelectMany(l => l).Where(f => f != folder);

    public static System.Reflection.Assembly Assembly => typeof(IBot).Assembly;

    /// <summary>
    /// A regular expression for the namespaces of a folder. Razor compiles the staff pages' .cshtml into
    /// AspNetCoreGeneratedDocument, so those belong to Pages.
    /// </summary>
    public static string NamespacePattern(string folder) => folder switch
    {
        Program => "^$",
        App => "^CroydonBot$",
        "Pages" => @"^(CroydonBot\.Pages(\..+)?|AspNetCoreGeneratedDocument)$",
        _ => $@"^CroydonBot\.{Regex.Escape(folder)}(\..+)?$",
    };

    /// <summary>The names a dependency on the folder shows up as: its namespace, or its types when it has no namespace of its own.</summary>
    public static string[] DependencyNames(string folder) => folder switch
    {
        Program => ["Program"],
        App => [.. Assembly.GetTypes().Where(t => t.Namespace == "CroydonBot" && !t.IsNested).Select(t => t.FullName!)],
        "Pages" => ["CroydonBot.Pages", "AspNetCoreGeneratedDocument"],
        _ => ["CroydonBot." + folder],
    };

    /// <summary>The folder a type of the app lives in, or null for compiler-generated helpers.</summary>
    public static string? Of(Type type)
    {
        var ns = type.Namespace ?? "";
        return ns switch
        {
            "CroydonBot" => App,
            "AspNetCoreGeneratedDocument" => "Pages",
            "" when type.Name == "Program" => Program,
            _ when ns.StartsWith("CroydonBot.", StringComparison.Ordinal) => ns["CroydonBot.".Length..].Split('.')[0],
            _ => null,
        };
    }
}
