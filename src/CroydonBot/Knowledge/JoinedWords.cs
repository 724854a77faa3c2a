using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Maps a regular-expression match over a question's words joined by single spaces back to the words it covers, so a
/// rule written as a pattern over the sentence (a frame, a judging verb) can mark those words as not the topic.
/// </summary>
public static class JoinedWords
{
    /// <summary>Marks in <paramref name="marks"/> (one per word) the words <paramref name="matched"/>, a match or group over <paramref name="joined"/>, covers.</summary>
    public static void Mark(string joined, Capture matched, bool[] marks)
    {
        var first = IndexAt(joined, matched.Index);
        marks.AsSpan(first, Math.Min(Count(matched.Value), marks.Length - first)).Fill(true);
    }

    /// <summary>How many words <paramref name="matched"/> (a stretch of the joined words) holds.</summary>
    public static int Count(string matched) => matched.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The position of the word starting at <paramref name="charIndex"/> in <paramref name="joined"/>: the spaces before it.</summary>
    public static int IndexAt(string joined, int charIndex)
    {
        var count = 0;
        for (var i = 0; i < charIndex; i++)
        {
            if (joined[i] == ' ')
            {
                count++;
            }
        }
        return count;
    }
}
