using System.Text;
using CroydonBot.Staff;

namespace CroydonBot.UnitTests.Staff;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("a = b", "a = b")]
    [InlineData("café £5", "café £5")]
    public void CellsAreQuotedAndFormulaSafe(string? value, string expected) => Assert.Equal(expected, CsvWriter.Cell(value));

    [Fact]
    public async Task TheFileStartsWithAByteOrderMarkAndEndsLinesWithCrLf()
    {
        using var stream = new MemoryStream();
        await CsvWriter.WriteAsync(stream, ["a", "b"], [["1", "x,y"], ["=2", null]], CancellationToken.None);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("a,b\r\n1,\"x,y\"\r\n'=2,\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
