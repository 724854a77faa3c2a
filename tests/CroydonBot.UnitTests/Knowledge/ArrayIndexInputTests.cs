using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class ArrayIndexInputTests
{
    [Fact]
    public void AFileWrittenToTheDirectoryReadsBackTheSameThroughOneArray()
    {
        using var directory = new ArrayRamDirectory();
        using (var output = directory.CreateOutput("f", Lucene.Net.Store.IOContext.DEFAULT))
        {
            for (var i = 0; i < 5000; i++)
            {
                output.WriteVInt32(i * 31);
            }
        }
        using var input = directory.OpenInput("f", Lucene.Net.Store.IOContext.DEFAULT);

        Assert.IsType<ArrayIndexInput>(input);
        Assert.Equal(directory.FileLength("f"), input.Length);
        Assert.All(Enumerable.Range(0, 5000), i => Assert.Equal(i * 31, input.ReadVInt32()));
    }

    [Fact]
    public void ACloneKeepsItsOwnPosition()
    {
        using var input = new ArrayIndexInput("test", [1, 2, 3, 4]);
        input.Seek(1);
        using var clone = (ArrayIndexInput)input.Clone();

        Assert.Equal(2, clone.ReadByte());
        Assert.Equal(3, clone.ReadByte());
        Assert.Equal(2, input.ReadByte());
        Assert.Equal(3, clone.Position);
    }

    [Fact]
    public void ReadingPastTheEndFails()
    {
        using var input = new ArrayIndexInput("test", [1, 2]);
        var bytes = new byte[3];

        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(bytes, 0, 3));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }
}
