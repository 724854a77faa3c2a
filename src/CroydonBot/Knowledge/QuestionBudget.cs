namespace CroydonBot.Knowledge;

/// <summary>Bounds how much of a message the search looks at, before any analysis runs.</summary>
public static class QuestionBudget
{
    /// <summary>The text up to the end of its <paramref name="maxWords"/>th whitespace-separated word (all of it when shorter).</summary>
    public static string FirstWords(string text, int maxWords)
    {
        if (maxWords <= 0)
        {
            return text;
        }
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                if (words == maxWords)
                {
                    return text[..i].TrimEnd();
                }
                words++;
            }
            inWord = !space;
        }
        return text;
    }
}
