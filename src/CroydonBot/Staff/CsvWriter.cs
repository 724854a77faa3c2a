using System.Text;

namespace CroydonBot.Staff;

/// <summary>
/// Writes CSV the way Excel reads it: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
/// Cells that a spreadsheet would run as a formula (starting = + - @, or a tab or carriage return)
/// are prefixed with an apostrophe, because exported text is what young people typed (OWASP CSV injection).
/// </summary>
public static class CsvWriter
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(header));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(row));
        }
        await writer.FlushAsync(cancellationToken);
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    /// <summary>One cell: neutralised against formulas, then quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
