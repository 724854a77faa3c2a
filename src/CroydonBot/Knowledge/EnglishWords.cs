namespace CroydonBot.Knowledge;

/// <summary>
/// seeds/english-words.list (seeds/README-english-words.md): real English words. A typed word on it is a word the
/// person meant, even when the seeds never use it, so the spelling corrector leaves it alone.
/// </summary>
public sealed class EnglishWords
{
    public const string File = "english-words.list";

    private readonly HashSet<string> _words;

    public EnglishWords(IEnumerable<string> words) =>
        _words = new HashSet<string>(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);

    /// <summary>No words: every unknown word may be corrected (as before the list existed).</summary>
    public static EnglishWords None { get; } = new([]);

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>The words, lower case.</summary>
    public IEnumerable<string> Words => _words;

    /// <summary>The list in <paramref name="seedsFolder"/>, or <see cref="None"/> when a deployment has none.</summary>
    public static EnglishWords Read(string seedsFolder)
    {
        var path = Path.Combine(seedsFolder, File);
        return System.IO.File.Exists(path) ? new EnglishWords(System.IO.File.ReadLines(path)) : None;
    }
}
