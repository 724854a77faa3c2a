using System.Globalization;
using System.Text;

namespace CroydonBot.Text;

/// <summary>
/// What someone typed as plain lower-case words, the one way every part of the bot (safety, dialogs,
/// small talk, buttons, knowledge) compares a message with words it knows: "Tell me MORE!!" and
/// "tell me more" are the same words.
/// </summary>
public static class PlainWords
{
    /// <summary>Lower case words separated by single spaces, punctuation and emoji gone.</summary>
    public static string Of(string text)
    {
        // A turn's steps ask this of the same message five to ten times, one after another on the thread running the
        // turn: the last two answers of each thread are kept (the words are a function of the text alone).
        if (t_last is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Words;
        }
        if (t_before is { } before && string.Equals(before.Text, text, StringComparison.Ordinal))
        {
            (t_last, t_before) = (before, t_last);
            return before.Words;
        }
        var words = Work(text);
        (t_last, t_before) = (new Remembered(text, words), t_last);
        return words;
    }

    private sealed record Remembered(string Text, string Words);

    /// <summary>
    /// The words of <see cref="Of"/> one by one (its text split at the spaces), as a new array the caller may change.
    /// </summary>
    public static string[] WordsOf(string text)
    {
        // Round AQ (perf-aq): the follow-up readers, the feedback intent and the dialogs each split the same message's
        // plain words again, about ten times a turn, and the word strings were the largest share of a turn's allocations
        // after storage. The split is kept, like Of, for the last two texts of each thread; each caller gets its own copy
        // of the array (some change it), which shares the word strings (they cannot change).
        var plain = Of(text);
        if (t_lastWords is { } last && string.Equals(last.Plain, plain, StringComparison.Ordinal))
        {
            return [.. last.Words];
        }
        if (t_wordsBefore is { } before && string.Equals(before.Plain, plain, StringComparison.Ordinal))
        {
            (t_lastWords, t_wordsBefore) = (before, t_lastWords);
            return [.. before.Words];
        }
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (t_lastWords, t_wordsBefore) = (new RememberedWords(plain, words), t_lastWords);
        return [.. words];
    }

    private sealed record RememberedWords(string Plain, string[] Words);

    [ThreadStatic]
    private static RememberedWords? t_lastWords;

    [ThreadStatic]
    private static RememberedWords? t_wordsBefore;

    [ThreadStatic]
    private static Remembered? t_last;

    [ThreadStatic]
    private static Remembered? t_before;

    private static string Work(string text)
    {
        var lower = PlainText.Of(text).ToLowerInvariant();
        // Every step of a turn asks this of the same message; most messages are ASCII, where a word needs no
        // normalising or second lower-casing, so the words are copied straight into the result (as Split reads them).
        return System.Text.Ascii.IsValid(lower) ? OfAscii(lower) : string.Join(' ', Split(text));
    }

    /// <summary>Lower-case runs of letters and digits; apostrophes inside words are dropped ("don't" -> "dont").</summary>
    public static IEnumerable<string> Split(string text)
    {
        var current = new StringBuilder();
        foreach (var c in PlainText.Of(text).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '£' || c == ',' && current.Length > 0 && char.IsDigit(current[^1]))
            {
                current.Append(c);
            }
            else if (c == '\'' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                yield return Trim(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return Trim(current.ToString());
        }
    }

    private static string OfAscii(string lower)
    {
        var words = lower.Length <= 512 ? stackalloc char[lower.Length] : new char[lower.Length];
        var length = 0;
        var inWord = false;
        foreach (var c in lower)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ',' && inWord && char.IsAsciiDigit(words[length - 1]))
            {
                if (!inWord && length > 0)
                {
                    words[length++] = ' ';
                }
                words[length++] = c;
                inWord = true;
            }
            else if (c == '\'' && inWord)
            {
                continue;
            }
            else if (inWord)
            {
                length = WordEnd(words, length);
                inWord = false;
            }
        }
        if (inWord)
        {
            length = WordEnd(words, length);
        }
        return words[..length].SequenceEqual(lower) ? lower : new string(words[..length]);
    }

    /// <summary>A word ends without its trailing commas ("1,000," is "1,000"); it starts with a letter or digit, so some of it stays.</summary>
    private static int WordEnd(Span<char> words, int length)
    {
        while (words[length - 1] == ',')
        {
            length--;
        }
        return length;
    }

    private static string Trim(string token) => token.TrimEnd(',').Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
