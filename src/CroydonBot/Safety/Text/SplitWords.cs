namespace CroydonBot.Safety.Text;

/// <summary>
/// Joins two neighbouring words whose run-together spelling is a text-speak word or misspelling the data file knows
/// and reads as something else ("sewer slide" -> "sewerslide", suicide; "un alive" -> "unalive", kill): a euphemism
/// typed with a space, to dodge a filter or by accident, is read as the euphemism. Not when the plain form starts with
/// the first piece: then the pieces are ordinary words that only look like a spelling of it ("rated good by ofsted" is
/// not "goodbye", "got hurt in a fight" not "hurting"). Both pieces have two letters or more, and neither is itself
/// a known word, so single letters ("k m s") are left to <see cref="CroydonBot.Text.SpacedLetters"/>.
/// </summary>
/// Round AC (safe-ac): the run-together word may also be one of them spelled by ear (<see cref="SoundAlikeWords"/>: "seewer
/// slyde").
public sealed class SplitWords(IReadOnlyDictionary<string, string> plainForms, SoundAlikeWords? soundAlike = null)
{
    /// <summary>The shortest run-together word read: shorter ones ("od", "sh") turn ordinary pairs into risk words.</summary>
    public const int MinimumLength = 5;

    public List<string> Join(IReadOnlyList<string> tokens)
    {
        var joined = new List<string>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (i + 1 < tokens.Count && Joins(tokens[i], tokens[i + 1]))
            {
                var word = tokens[i] + tokens[i + 1];
                joined.Add(plainForms.ContainsKey(word) ? word : soundAlike?.Known(word) ?? word);
                i += 2;
                continue;
            }
            joined.Add(tokens[i]);
            i++;
        }
        return joined;
    }

    private bool Joins(string first, string second)
    {
        if (first.Length < 2 || second.Length < 2 || plainForms.ContainsKey(first) || plainForms.ContainsKey(second))
        {
            return false;
        }
        var word = first + second;
        if (word.Length < MinimumLength || !word.All(char.IsLetter))
        {
            return false;
        }
        var spelling = plainForms.ContainsKey(word) ? word : soundAlike?.Known(word);
        return spelling is not null && plainForms.TryGetValue(spelling, out var plain) && plain.Length > 0 && !plain.StartsWith(first, StringComparison.Ordinal);
    }
}
