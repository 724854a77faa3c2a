using CroydonBot.Text;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AQ (safe-aq): a "1" in leetspeak stands for an i or an l ("k1ll", "11f3", "$31f", "t311"); <see cref="Leetspeak"/>
/// reads it as i, so "11f3" was read "iife" and "k111" "kiii". When that reading is not a known word, each "1" is tried as
/// i or as l (up to <see cref="MostOnes"/> of them) and the first reading that is a known word is taken; otherwise the
/// i reading stays.
/// </summary>
public sealed class LeetOnes(Func<string, bool> isKnown)
{
    /// <summary>More ones than this in a word is a number or a code, not a word (2^4 readings at most).</summary>
    public const int MostOnes = 4;

    /// <summary>The word <paramref name="token"/> reads as with its digits as letters (<see cref="Leetspeak.Word"/>).</summary>
    public string Read(string token)
    {
        var read = Leetspeak.Word(token);
        if (read == token || isKnown(read))
        {
            return read;
        }
        var ones = new List<int>();
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '1')
            {
                ones.Add(i);
            }
        }
        if (ones.Count == 0 || ones.Count > MostOnes)
        {
            return read;
        }
        var letters = read.ToCharArray();
        for (var mask = 1; mask < 1 << ones.Count; mask++)
        {
            for (var k = 0; k < ones.Count; k++)
            {
                letters[ones[k]] = (mask & (1 << k)) != 0 ? 'l' : 'i';
            }
            var candidate = new string(letters);
            if (isKnown(candidate))
            {
                return candidate;
            }
        }
        return read;
    }
}
