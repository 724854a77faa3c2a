using Lucene.Net.Store;

namespace CroydonBot.Knowledge;

/// <summary>
/// A whole index file read from one array. <see cref="RAMDirectory"/>'s own input reads 1 KB buffers and takes
/// a lock on the file for every buffer it moves to; the postings of common words cross thousands of them per
/// question, and those locks were a third of a question's time at 100k passages.
/// </summary>
public sealed class ArrayIndexInput(string name, byte[] bytes) : IndexInput($"ArrayIndexInput({name})")
{
    private int _position;

    public override long Position => _position;

    public override long Length => bytes.Length;

    public override byte ReadByte()
    {
        if (_position >= bytes.Length)
        {
            throw new EndOfStreamException($"Read past the end of {this}");
        }
        return bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > bytes.Length - _position)
        {
            throw new EndOfStreamException($"Read past the end of {this}");
        }
        Buffer.BlockCopy(bytes, _position, b, offset, len);
        _position += len;
    }

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(pos), pos, $"Outside {this}");
        }
        _position = (int)pos;
    }

    // The clone shares the bytes and keeps its own position, as every Lucene clone must.
    public override object Clone() => (ArrayIndexInput)base.Clone();

    protected override void Dispose(bool disposing)
    {
    }
}
