using System.Globalization;
using System.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// The file format of the learned tables in seeds/ (sentence choice, follow-up choice): comment lines, optional named values
/// ("margin\t0.25"), then one "index\tname\tweight" line per weight, rounded to four places so the same data writes the same file.
/// </summary>
public static class WeightTable
{
    public static double Rounded(double weight) => Math.Round(weight, 4, MidpointRounding.AwayFromZero);

    public static string Format(double value) => Rounded(value).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>One line per weight, named by <paramref name="nameOf"/>.</summary>
    public static void AppendRows(StringBuilder text, IReadOnlyList<double> weights, Func<int, string> nameOf)
    {
        for (var i = 0; i < weights.Count; i++)
        {
            text.Append(i.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(nameOf(i)).Append('\t').AppendLine(Format(weights[i]));
        }
    }

    /// <summary>The <paramref name="length"/> weights and any named values; a file missing a weight is refused.</summary>
    public static (double[] Weights, IReadOnlyDictionary<string, double> Named) Read(string path, int length)
    {
        var weights = new double[length];
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (!int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            {
                named[cells[0]] = double.Parse(cells[1], CultureInfo.InvariantCulture);
                continue;
            }
            weights[index] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            seen++;
        }
        return seen == length ? (weights, named) : throw new InvalidDataException($"{path}: {seen} weights, expected {length}");
    }
}
