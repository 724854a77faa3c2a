namespace CroydonBot.Text;

/// <summary>
/// Digits from other scripts ("١٨", "۲۰۲۴", full-width "１８") written as 0-9. Regex <c>\d</c> matches every Unicode decimal
/// digit but <c>int.Parse</c> reads only 0-9, so a year or an age typed on an Arabic, Persian or Devanagari keyboard used to
/// end the turn in "something went wrong"; read as 0-9 it is the year or age the person meant, for every reader after.
/// </summary>
public static class WesternDigits
{
    /// <summary>The text with every non-ASCII decimal digit written as its 0-9 digit; the same instance when there is none.</summary>
    public static string Of(string text)
    {
        var first = FirstOtherDigit(text);
        if (first < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsOtherDigit(chars[i]))
            {
                chars[i] = (char)('0' + (int)char.GetNumericValue(chars[i]));
            }
        }
        return new string(chars);
    }

    private static int FirstOtherDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsOtherDigit(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    // Every ASCII character is skipped by the first test, so an ordinary message costs one comparison per character.
    private static bool IsOtherDigit(char c) => c > '\u007f' && char.IsDigit(c);
}
